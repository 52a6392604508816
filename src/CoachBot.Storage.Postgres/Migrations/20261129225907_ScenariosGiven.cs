using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachBot.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class ScenariosGiven : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Seen",
                table: "practice_choices");

            migrationBuilder.AddColumn<DateTime>(
                name: "AgainSinceUtc",
                table: "practice_choices",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "scenarios_given",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RecipientId = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    ScenarioId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GivenAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_scenarios_given", x => new { x.ChannelId, x.RecipientId, x.ScenarioId });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "scenarios_given");

            migrationBuilder.DropColumn(
                name: "AgainSinceUtc",
                table: "practice_choices");

            migrationBuilder.AddColumn<string>(
                name: "Seen",
                table: "practice_choices",
                type: "text",
                nullable: false,
                defaultValue: "");
        }
    }
}
