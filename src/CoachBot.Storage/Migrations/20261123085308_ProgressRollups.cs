using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ProgressRollups : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "AnsweredAtUtc",
                table: "nudge_deliveries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "practice_weeks",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Week = table.Column<int>(type: "INTEGER", nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    DaysMask = table.Column<int>(type: "INTEGER", nullable: false),
                    NudgesSent = table.Column<int>(type: "INTEGER", nullable: false),
                    NudgesAnswered = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_practice_weeks", x => new { x.ChannelId, x.UserId, x.Week });
                });

            migrationBuilder.CreateTable(
                name: "score_weeks",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StandardId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Week = table.Column<int>(type: "INTEGER", nullable: false),
                    Count = table.Column<int>(type: "INTEGER", nullable: false),
                    Sum = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestScore = table.Column<int>(type: "INTEGER", nullable: false),
                    LatestAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_score_weeks", x => new { x.ChannelId, x.UserId, x.StandardId, x.Week });
                });

            migrationBuilder.CreateIndex(
                name: "IX_nudge_deliveries_UserId_ScenarioId",
                table: "nudge_deliveries",
                columns: new[] { "UserId", "ScenarioId" });

            migrationBuilder.CreateIndex(
                name: "IX_practice_weeks_UserId_Week",
                table: "practice_weeks",
                columns: new[] { "UserId", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_practice_weeks_Week",
                table: "practice_weeks",
                column: "Week");

            migrationBuilder.CreateIndex(
                name: "IX_score_weeks_UserId_Week",
                table: "score_weeks",
                columns: new[] { "UserId", "Week" });

            migrationBuilder.CreateIndex(
                name: "IX_score_weeks_Week_StandardId_ChannelId_UserId_Count_Sum",
                table: "score_weeks",
                columns: new[] { "Week", "StandardId", "ChannelId", "UserId", "Count", "Sum" });

            // Practice stored before the rollups existed.
            foreach (var statement in CoachBot.Storage.RollupBackfill.Statements(CoachBot.Storage.RollupBackfill.SqliteDayOf))
            {
                migrationBuilder.Sql(statement);
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "practice_weeks");

            migrationBuilder.DropTable(
                name: "score_weeks");

            migrationBuilder.DropIndex(
                name: "IX_nudge_deliveries_UserId_ScenarioId",
                table: "nudge_deliveries");

            migrationBuilder.DropColumn(
                name: "AnsweredAtUtc",
                table: "nudge_deliveries");
        }
    }
}
