using Microsoft.Extensions.Options;

namespace CoachBot.Host.Channels.BotFramework.Auth;

/// <summary>Reads the top-level Bot Framework keys and the BotFramework section; a bad combination stops the host naming the key.</summary>
internal sealed class BotFrameworkOptionsSetup(IConfiguration configuration) : IConfigureOptions<BotFrameworkOptions>, IValidateOptions<BotFrameworkOptions>
{
    public void Configure(BotFrameworkOptions options)
    {
        configuration.GetSection(BotFrameworkOptions.SectionName).Bind(options);
        options.MicrosoftAppId = configuration["MicrosoftAppId"];
        options.MicrosoftAppPassword = configuration["MicrosoftAppPassword"];
        options.MicrosoftAppTenantId = configuration["MicrosoftAppTenantId"];
        if (!string.IsNullOrWhiteSpace(configuration["MicrosoftAppType"]))
        {
            options.MicrosoftAppType = configuration["MicrosoftAppType"]!;
        }
    }

    public ValidateOptionsResult Validate(string? name, BotFrameworkOptions options) =>
        options.Problem() is { } problem ? ValidateOptionsResult.Fail(problem) : ValidateOptionsResult.Success;
}
