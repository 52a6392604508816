using Microsoft.EntityFrameworkCore;

namespace CoachBot.Storage;

/// <summary>
/// Read-then-insert upserts race when two requests for the same key arrive together (Teams sends
/// conversationUpdate and installationUpdate at once): the loser's insert hits the key and is simply redone,
/// now as an update.
/// </summary>
internal static class ConflictRetry
{
    private const int Attempts = 3;

    public static async Task RunAsync(Func<CancellationToken, Task> write, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await write(ct);
                return;
            }
            catch (DbUpdateException) when (attempt < Attempts)
            {
                await Task.Delay(10 * attempt, ct);
            }
        }
    }
}
