using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage.Postgres;

public static class PostgresStorageExtensions
{
    /// <summary>Npgsql, with the migrations kept in this assembly.</summary>
    public static DbContextOptionsBuilder UseCoachBotPostgres(this DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, n => n.MigrationsAssembly(typeof(PostgresStorageExtensions).Assembly.GetName().Name));
}
