using FeedHub.Worker.Cli;

return await FeedHubCli.RunAsync(args, Console.Out, Console.Error);
