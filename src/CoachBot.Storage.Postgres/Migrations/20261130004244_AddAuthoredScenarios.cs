using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachBot.Storage.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddAuthoredScenarios : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ScenarioVersion",
                table: "attempts",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "authored_scenarios",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    RetiredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RetiredBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authored_scenarios", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "authored_scenario_versions",
                columns: table => new
                {
                    ScenarioId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ContentJson = table.Column<string>(type: "text", nullable: false),
                    PublishedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    PublishedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_authored_scenario_versions", x => new { x.ScenarioId, x.Version });
                    table.ForeignKey(
                        name: "FK_authored_scenario_versions_authored_scenarios_ScenarioId",
                        column: x => x.ScenarioId,
                        principalTable: "authored_scenarios",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "authored_scenario_versions");

            migrationBuilder.DropTable(
                name: "authored_scenarios");

            migrationBuilder.DropColumn(
                name: "ScenarioVersion",
                table: "attempts");
        }
    }
}
