using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace CoachBot.Host.Security;

/// <summary>
/// The optional certificate that encrypts the data protection keys where they are stored: a PFX file
/// (DataProtection:CertificatePath) or the PFX itself in base64 (DataProtection:CertificateBase64, e.g. from a secret
/// store's environment variable), with DataProtection:CertificatePassword.
/// </summary>
internal static class DataProtectionCertificate
{
    public const string Section = "DataProtection";
    public const string PathKey = Section + ":CertificatePath";
    public const string Base64Key = Section + ":CertificateBase64";
    public const string PasswordKey = Section + ":CertificatePassword";

    /// <returns>The certificate with its private key, or null when none is configured.</returns>
    /// <exception cref="InvalidOperationException">One line that names the setting, when it is configured but cannot be read.</exception>
    public static X509Certificate2? Load(IConfiguration configuration)
    {
        var path = configuration[PathKey];
        var base64 = configuration[Base64Key];
        var password = configuration[PasswordKey];
        if (string.IsNullOrWhiteSpace(path) && string.IsNullOrWhiteSpace(base64))
        {
            return null;
        }

        var key = string.IsNullOrWhiteSpace(path) ? Base64Key : PathKey;
        X509Certificate2 certificate;
        try
        {
            // Ephemeral: the private key stays in memory, never written to the machine's key store.
            certificate = key == PathKey
                ? X509CertificateLoader.LoadPkcs12FromFile(path!, password, X509KeyStorageFlags.EphemeralKeySet)
                : X509CertificateLoader.LoadPkcs12(Convert.FromBase64String(base64!), password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (Exception e) when (e is CryptographicException or IOException or UnauthorizedAccessException or FormatException)
        {
            throw new InvalidOperationException($"{key}: the data protection certificate cannot be read ({FirstLine(e.Message)}); check the file and {PasswordKey}.", e);
        }

        if (!certificate.HasPrivateKey || certificate.GetRSAPrivateKey() is null)
        {
            throw new InvalidOperationException($"{key}: the data protection certificate needs an RSA private key (a PFX with its key).");
        }

        return certificate;
    }

    private static string FirstLine(string message) => message.Split('\n', 2)[0].Trim().TrimEnd('.');
}
