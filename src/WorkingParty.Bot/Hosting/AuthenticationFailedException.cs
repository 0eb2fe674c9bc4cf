namespace WorkingParty.Bot.Hosting;

/// <summary>The request's token is missing, malformed, forged, expired or for another audience.</summary>
public sealed class AuthenticationFailedException(Exception inner)
    : Exception("The request could not be authenticated.", inner);
