using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class NudgeSchedules : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "nudge_deliveries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ScheduleId = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    LocalDate = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Detail = table.Column<string>(type: "TEXT", nullable: true),
                    ScenarioId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ClaimedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nudge_deliveries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "nudge_schedules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OwnerId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Paused = table.Column<bool>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_nudge_schedules", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_nudge_deliveries_ScheduleId_UserId_LocalDate",
                table: "nudge_deliveries",
                columns: new[] { "ScheduleId", "UserId", "LocalDate" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_nudge_schedules_ChannelId_OwnerId",
                table: "nudge_schedules",
                columns: new[] { "ChannelId", "OwnerId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "nudge_deliveries");

            migrationBuilder.DropTable(
                name: "nudge_schedules");
        }
    }
}
