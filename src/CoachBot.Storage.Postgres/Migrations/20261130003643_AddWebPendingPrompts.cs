using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachBot.Storage.Postgres.Migrations
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
                    DeliveryId = table.Column<Guid>(type: "uuid", nullable: false),
                    ChannelId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ScenarioId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    Reply = table.Column<string>(type: "text", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
