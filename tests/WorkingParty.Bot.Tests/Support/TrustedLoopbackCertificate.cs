using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace WorkingParty.Bot.Tests.Support;

/// <summary>
/// A throwaway TLS certificate for 127.0.0.1, trusted by this process for as long as it lives.
/// The SDK fetches OpenID metadata with a private HttpClient that insists on HTTPS, so the only way
/// to serve it offline is a server whose certificate the machine's .NET trusts: the current user's
/// root store, which .NET on Linux adds to the trust anchors. Removed again on dispose.
/// </summary>
public sealed class TrustedLoopbackCertificate : IDisposable
{
    private TrustedLoopbackCertificate(X509Certificate2 certificate)
    {
        Certificate = certificate;
    }

    public X509Certificate2 Certificate { get; }

    public static TrustedLoopbackCertificate Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        using var created = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(2));
        var certificate = X509CertificateLoader.LoadPkcs12(created.Export(X509ContentType.Pfx), null);

        using var roots = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        roots.Open(OpenFlags.ReadWrite);
        roots.Add(X509CertificateLoader.LoadCertificate(certificate.RawData));
        return new TrustedLoopbackCertificate(certificate);
    }

    public void Dispose()
    {
        using var roots = new X509Store(StoreName.Root, StoreLocation.CurrentUser);
        roots.Open(OpenFlags.ReadWrite);
        roots.Remove(X509CertificateLoader.LoadCertificate(Certificate.RawData));
        Certificate.Dispose();
    }
}
