namespace CoachBot.Host.Http;

/// <summary>Reads a request body up to a limit, whether or not the client sent a Content-Length.</summary>
internal static class LimitedBody
{
    /// <returns>The body, or null when it is larger than <paramref name="maxBytes"/>.</returns>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static IResult TooLarge(int maxBytes, string what) =>
        ApiError.Create(StatusCodes.Status413PayloadTooLarge, $"{what} is at most {maxBytes / 1024} KB.");
}
