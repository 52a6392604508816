using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class PeopleAndReports : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "Day",
                table: "attempts",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Attempts stored before this migration get their UTC day number.
            migrationBuilder.Sql("UPDATE attempts SET \"Day\" = CAST(julianday(\"CreatedAtUtc\") - 2440587.5 AS INTEGER);");

            migrationBuilder.CreateTable(
                name: "local_logins",
                columns: table => new
                {
                    Login = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    FailedAttempts = table.Column<int>(type: "INTEGER", nullable: false),
                    LockedUntilUtc = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_local_logins", x => x.Login);
                });

            migrationBuilder.CreateTable(
                name: "people",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Team = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ManagerId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Role = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    TimeZone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_people", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "person_accounts",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    PersonId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_person_accounts", x => new { x.ChannelId, x.UserId });
                    table.ForeignKey(
                        name: "FK_person_accounts_people_PersonId",
                        column: x => x.PersonId,
                        principalTable: "people",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_attempts_Day",
                table: "attempts",
                column: "Day");

            migrationBuilder.CreateIndex(
                name: "IX_people_Email",
                table: "people",
                column: "Email");

            migrationBuilder.CreateIndex(
                name: "IX_person_accounts_PersonId",
                table: "person_accounts",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "local_logins");

            migrationBuilder.DropTable(
                name: "person_accounts");

            migrationBuilder.DropTable(
                name: "people");

            migrationBuilder.DropIndex(
                name: "IX_attempts_Day",
                table: "attempts");

            migrationBuilder.DropColumn(
                name: "Day",
                table: "attempts");
        }
    }
}
