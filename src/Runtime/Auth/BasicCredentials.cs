using System;
using System.Text;

namespace OpenApiClientGenerator.Runtime;

/// <summary>A user name and password for HTTP basic authentication.</summary>
public sealed class BasicCredentials
{
    /// <summary>Creates basic credentials.</summary>
    public BasicCredentials(string username, string password)
    {
        Username = username ?? throw new ArgumentNullException(nameof(username));
        Password = password ?? throw new ArgumentNullException(nameof(password));
    }

    /// <summary>The user name.</summary>
    public string Username { get; }

    /// <summary>The password.</summary>
    public string Password { get; }

    /// <summary>
    /// ActiveProspect's APIs (LeadConduit, TrustedForm) take the user name <c>API</c> and the account's
    /// API key as the password.
    /// </summary>
    public static BasicCredentials ForApiKey(string apiKey) => new("API", apiKey);

    internal string ToHeaderParameter() => Convert.ToBase64String(Encoding.UTF8.GetBytes(Username + ":" + Password));

    /// <inheritdoc />
    public override string ToString() => "BasicCredentials(" + Username + ", ***)";
}
