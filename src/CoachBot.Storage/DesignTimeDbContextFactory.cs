using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CoachBot.Storage;

/// <summary>Lets `dotnet ef migrations add` build the model without the host.</summary>
internal sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CoachBotDbContext>
{
    public CoachBotDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<CoachBotDbContext>().UseSqlite("Data Source=design.db").Options);
}
