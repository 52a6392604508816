using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using CoachBot.Host.Tests.Reports;
using CoachBot.Host.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CoachBot.Host.Tests.Security;

/// <summary>With DataProtection:Certificate* set, the keys in the database are encrypted, and instances with the same certificate still share them.</summary>
public sealed class EncryptedDataProtectionKeysTests : IDisposable
{
    private const string Password = "test-pfx-password";
    private readonly string _certificates = CoachBotFactory.NewDataDirectory();

    [Fact]
    public async Task WithACertificate_StoredKeysAreEncrypted_AndASecondInstanceWithItReadsTheCookies()
    {
        var pfx = NewCertificateFile();
        await using var first = await ReportTestHost.StartAsync(s =>
        {
            s["DataProtection:CertificatePath"] = pfx;
            s["DataProtection:CertificatePassword"] = Password;
        });
        var hana = await first.SignInAsync("p-hana-7");
        var cookie = (await hana.GetAsync("/api/me")).RequestMessage!.Headers.GetValues("Cookie").Single();

        var stored = first.Factory.Strings("SELECT Xml FROM data_protection_keys");
        await using var second = new CoachBotFactory(Path.GetDirectoryName(first.Factory.DatabasePath)!) { TestServices = s => s.AddSingleton<TimeProvider>(first.Clock) };
        // The certificate as a secret store would hand it over: base64 in an environment variable.
        second.Settings["DataProtection:CertificateBase64"] = Convert.ToBase64String(await File.ReadAllBytesAsync(pfx));
        second.Settings["DataProtection:CertificatePassword"] = Password;
        var client = second.WithWebHostBuilder(b => b.UseContentRoot(CoachBotFactory.NewDataDirectory()))
            .CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        client.DefaultRequestHeaders.Add("Cookie", cookie);

        Assert.NotEmpty(stored);
        Assert.All(stored, xml =>
        {
            Assert.Contains("<EncryptedData", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task WithoutACertificate_StoredKeysAreReadable()
    {
        await using var host = await ReportTestHost.StartAsync();
        await host.SignInAsync("p-hana-7");

        Assert.All(host.Factory.Strings("SELECT Xml FROM data_protection_keys"), xml => Assert.Contains("<masterKey", xml, StringComparison.Ordinal));
    }

    [Fact]
    public void ACertificateThatCannotBeRead_StopsTheStart_WithOneLineNamingTheSetting()
    {
        var data = CoachBotFactory.NewDataDirectory();
        using var factory = new CoachBotFactory(data);
        factory.Settings["DataProtection:CertificatePath"] = NewCertificateFile();
        factory.Settings["DataProtection:CertificatePassword"] = "not the password";

        var error = Assert.ThrowsAny<InvalidOperationException>(() => factory.CreateClient());

        Assert.StartsWith("DataProtection:CertificatePath: the data protection certificate cannot be read", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Directory.Delete(data, recursive: true);
    }

    public void Dispose() => Directory.Delete(_certificates, recursive: true);

    private string NewCertificateFile()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=CoachBot data protection test", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_certificates, Guid.NewGuid().ToString("N") + ".pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
