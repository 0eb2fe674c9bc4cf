using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

using WorkingParty.Testing;

namespace WorkingParty.Bot.Tests.Support;

/// <summary>
/// Stands in for the Bot Framework's token service, offline: serves OpenID metadata and signing keys on
/// a loopback port over HTTPS (the bot's <c>ToBotFromChannelOpenIdMetadataUrl</c> points here) and signs tokens as
/// the channel would, or with the faults a forger or a stale client would make.
/// </summary>
public sealed class ChannelTokenIssuer : IAsyncDisposable
{
    public const string Issuer = "https://api.botframework.com";
    private static readonly string[] SigningAlgorithms = ["RS256"];
    private static readonly string[] AuthenticationMethods = ["private_key_jwt"];
    private const string KeyId = "test-signing-key";

    private readonly RSA _signingKey = RSA.Create(2048);
    private readonly TrustedLoopbackCertificate _tls = TrustedLoopbackCertificate.Create();
    private LoopbackHost? _host;

    public string MetadataUrl => $"{_host!.BaseUrl}/.well-known/openidconfiguration";

    public static async Task<ChannelTokenIssuer> StartAsync()
    {
        var issuer = new ChannelTokenIssuer();
        issuer._host = await LoopbackHost.StartAsync(app =>
        {
            app.MapGet("/.well-known/openidconfiguration", () => Results.Json(new Dictionary<string, object>
            {
                ["issuer"] = Issuer,
                ["jwks_uri"] = $"{issuer._host!.BaseUrl}/keys",
                ["id_token_signing_alg_values_supported"] = SigningAlgorithms,
                ["token_endpoint_auth_methods_supported"] = AuthenticationMethods,
            }));
            app.MapGet("/keys", () => Results.Json(new { keys = new[] { issuer.PublicKey() } }));
        }, issuer._tls.Certificate);
        return issuer;
    }

    private Dictionary<string, object> PublicKey()
    {
        var parameters = _signingKey.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA", ["use"] = "sig", ["kid"] = KeyId,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus), ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
            ["endorsements"] = new[] { "msteams" },
        };
    }

    /// <summary>A token as the Teams channel signs it, with the given faults applied.</summary>
    public string Sign(string audience, string serviceUrl, TokenFault fault = TokenFault.None)
    {
        var key = fault == TokenFault.SignedByAnotherKey ? RSA.Create(2048) : _signingKey;
        var now = DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = fault == TokenFault.WrongIssuer ? "https://forger.example" : Issuer,
            Audience = fault == TokenFault.WrongAudience ? "some-other-bot" : audience,
            IssuedAt = fault == TokenFault.Expired ? now.AddHours(-3) : now.AddMinutes(-1),
            NotBefore = fault == TokenFault.Expired ? now.AddHours(-3) : now.AddMinutes(-1),
            Expires = fault == TokenFault.Expired ? now.AddHours(-2) : now.AddHours(1),
            Subject = new ClaimsIdentity([new Claim("serviceurl", serviceUrl)]),
            SigningCredentials = new SigningCredentials(new RsaSecurityKey(key) { KeyId = KeyId }, SecurityAlgorithms.RsaSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public async ValueTask DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _signingKey.Dispose();
        _tls.Dispose();
    }
}

public enum TokenFault { None, SignedByAnotherKey, Expired, WrongAudience, WrongIssuer }
