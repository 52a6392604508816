using System.Text.Encodings.Web;
using System.Text.Json;

namespace CoachBot.Cli;

internal static class JsonDefaults
{
    public static readonly JsonSerializerOptions Output = new(JsonSerializerDefaults.Web)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
