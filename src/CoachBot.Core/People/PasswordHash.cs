using System.Security.Cryptography;

namespace CoachBot.Core.People;

/// <summary>
/// PBKDF2-SHA256 password hashes ("pbkdf2-sha256$iterations$salt$hash") at OWASP's 600,000 iterations; hashes made with
/// fewer still verify and are made again at the next successful sign-in. And generated one-time passwords.
/// </summary>
public static class PasswordHash
{
    public const int MinLength = 12;
    public const int Iterations = 600_000;
    private const int SaltBytes = 16;
    private const int HashBytes = 32;

    public static string Create(string password)
    {
        var salt = RandomNumberGenerator.GetBytes(SaltBytes);
        var hash = Rfc2898DeriveBytes.Pbkdf2(password, salt, Iterations, HashAlgorithmName.SHA256, HashBytes);
        return $"pbkdf2-sha256${Iterations}${Convert.ToBase64String(salt)}${Convert.ToBase64String(hash)}";
    }

    /// <summary>A hash of a random password, to verify against when there is no real one: an unknown name costs as much as a known one.</summary>
    public static readonly string Dummy = Create(NewOneTimePassword());

    public static bool Verify(string password, string stored)
    {
        var parts = stored.Split('$');
        if (parts is not ["pbkdf2-sha256", var iterationText, var saltText, var hashText] || !int.TryParse(iterationText, out var iterations)
            || iterations is < 1 or > 10_000_000)
        {
            return false;
        }

        var expected = Convert.FromBase64String(hashText);
        var actual = Rfc2898DeriveBytes.Pbkdf2(password, Convert.FromBase64String(saltText), iterations, HashAlgorithmName.SHA256, expected.Length);
        return CryptographicOperations.FixedTimeEquals(actual, expected);
    }

    /// <summary>True when the hash was made with fewer iterations than today's.</summary>
    public static bool NeedsRehash(string stored) =>
        stored.Split('$') is ["pbkdf2-sha256", var iterationText, _, _] && int.TryParse(iterationText, out var iterations) && iterations < Iterations;

    /// <summary>20 characters from an alphabet without look-alikes (no 0/O, 1/l/I): about 100 bits.</summary>
    public static string NewOneTimePassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 20);
    }

    public static string? ProblemWith(string password) =>
        password.Length < MinLength ? $"The password needs at least {MinLength} characters."
        : password.Length > 256 ? "The password is longer than 256 characters."
        : null;
}
