// Evaluation commands. Each prints its figures and the exact command line that produced them.
//   dotnet run -c Release --project tests/FeedHub.Evaluation -- <name> [options]
var name = args.Length > 0 ? args[0] : "";
var rest = args.Skip(1).ToArray();
return name switch
{
    "crossposts" => await FeedHub.Evaluation.CrossPostEvaluation.RunAsync(rest),
    "fetch-load" => await FetchLoad.RunAsync(rest),
    "extraction" => await ExtractionEvaluation.RunAsync(rest),
    "api-load" => await FeedHub.Evaluation.ApiLoad.RunAsync(rest),
    "scale-load" => await FeedHub.Evaluation.ScaleLoad.RunAsync(rest),
    "cleaning" => FeedHub.Evaluation.CleaningEvaluation.Run(rest),
    "ingest-load" => await FeedHub.Evaluation.IngestLoad.RunAsync(rest),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: FeedHub.Evaluation <evaluation> [options]");
    return 2;
}
