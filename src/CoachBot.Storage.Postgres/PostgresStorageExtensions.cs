using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CoachBot.Storage.Postgres;

public static class PostgresStorageExtensions
{
    /// <summary>PostgreSQL for production: several host instances share one database.</summary>
    public static IServiceCollection AddPostgresStorage(this IServiceCollection services, Func<IServiceProvider, string> connectionString) =>
        services.AddStorage((sp, o) => o.UseNpgsql(connectionString(sp), n => n.MigrationsAssembly(typeof(PostgresStorageExtensions).Assembly.GetName().Name)));
}
