using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CoachBot.Storage.Migrations
{
    /// <inheritdoc />
    public partial class ConversationReferences : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "conversation_references",
                columns: table => new
                {
                    ChannelId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Scope = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ScopeId = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    ServiceUrl = table.Column<string>(type: "TEXT", maxLength: 512, nullable: true),
                    TenantId = table.Column<string>(type: "TEXT", nullable: true),
                    BotId = table.Column<string>(type: "TEXT", nullable: true),
                    BotName = table.Column<string>(type: "TEXT", nullable: true),
                    UserName = table.Column<string>(type: "TEXT", nullable: true),
                    ServiceUrlTrusted = table.Column<bool>(type: "INTEGER", nullable: false),
                    WelcomedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_conversation_references", x => new { x.ChannelId, x.Scope, x.ScopeId });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "conversation_references");
        }
    }
}
