using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class AddWebPendingPrompts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "waiting_prompts",
                columns: table => new
                {
                    DeliveryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ScenarioId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Reply = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_waiting_prompts", x => x.DeliveryId);
                });

            migrationBuilder.CreateIndex(
                name: "IX_waiting_prompts_ChannelId_UserId",
                table: "waiting_prompts",
                columns: new[] { "ChannelId", "UserId" });

            // Everyone already in the directory gets their web account (their person id), as an import now gives it.
            migrationBuilder.Sql("""
                INSERT INTO person_accounts ("ChannelId", "UserId", "PersonId")
                SELECT 'web', "Id", "Id" FROM people
                WHERE NOT EXISTS (SELECT 1 FROM person_accounts a WHERE a."ChannelId" = 'web' AND a."UserId" = people."Id")
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""DELETE FROM person_accounts WHERE "ChannelId" = 'web'""");
            migrationBuilder.DropTable(
                name: "waiting_prompts");
        }
    }
}
