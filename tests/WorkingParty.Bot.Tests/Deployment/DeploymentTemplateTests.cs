using System.Net;
using WorkingParty.Bot.Hosting;
using WorkingParty.Bot.Tests.Support;

namespace WorkingParty.Bot.Tests.Deployment;

/// <summary>deploymentTemplates/azuredeploy.json against the settings the bot reads (<see cref="BotSettings.All"/>).</summary>
public sealed class DeploymentTemplateTests
{
    private readonly DeploymentTemplate _template = DeploymentTemplate.Load();

    [Fact]
    public void The_web_app_gets_every_setting_the_bot_needs_in_Azure_and_nothing_it_ignores()
    {
        var needed = BotSettings.All.Where(setting => setting.InAzure == InAzure.Set).Select(setting => setting.Key).Order(StringComparer.OrdinalIgnoreCase);

        Assert.Equal(needed, _template.ConfigurationKeys().Order(StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_storage_account_holds_the_container_and_queue_the_bot_uses_by_default()
    {
        Assert.Equal(StorageOptions.DefaultContainer, _template.ParameterDefault("storageContainer"));
        Assert.Equal(StorageOptions.DefaultQueue, _template.ParameterDefault("storageQueue"));
        Assert.Contains("storageContainer", (string)_template.Resource("Microsoft.Storage/storageAccounts/blobServices/containers")["name"]!);
        Assert.Contains("storageQueue", (string)_template.Resource("Microsoft.Storage/storageAccounts/queueServices/queues")["name"]!);
    }

    [Fact]
    public void The_Azure_Bot_signs_in_as_the_web_apps_managed_identity_and_talks_to_Teams()
    {
        var bot = _template.Resource("Microsoft.BotService/botServices");
        var site = _template.Resource("Microsoft.Web/sites");

        Assert.Equal("azurebot", (string?)bot["kind"]);
        Assert.Equal("UserAssignedMSI", (string?)bot["properties"]!["msaAppType"]);
        Assert.Equal("[variables('identityId')]", (string?)bot["properties"]!["msaAppMSIResourceId"]);
        Assert.Equal("UserAssigned", (string?)site["identity"]!["type"]);
        Assert.NotNull(site["identity"]!["userAssignedIdentities"]!["[variables('identityId')]"]);
        Assert.Equal("DOTNETCORE|10.0", (string?)site["properties"]!["siteConfig"]!["linuxFxVersion"]);
        Assert.Equal("MsTeamsChannel", (string?)_template.Resource("Microsoft.BotService/botServices/channels")["properties"]!["channelName"]);
    }

    [Fact]
    public async Task The_health_check_path_is_answered_by_the_bot()
    {
        var path = (string)_template.Resource("Microsoft.Web/sites")["properties"]!["siteConfig"]!["healthCheckPath"]!;
        await using var bot = new BotFactory();

        using var response = await bot.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
