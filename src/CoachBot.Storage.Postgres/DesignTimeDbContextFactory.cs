using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoachBot.Storage.Postgres;

/// <summary>Lets `dotnet ef migrations add … --project src/CoachBot.Storage.Postgres` build the PostgreSQL model; no server is contacted.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CoachBotDbContext>
{
    public CoachBotDbContext CreateDbContext(string[] args) =>
        new((DbContextOptions<CoachBotDbContext>)new DbContextOptionsBuilder<CoachBotDbContext>().UseCoachBotPostgres("Host=localhost;Database=coachbot").Options);
}
