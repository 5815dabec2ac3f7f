using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project tests/FeedHub.Benchmarks -- --filter '*'
// One class: dotnet run -c Release --project tests/FeedHub.Benchmarks -- --filter '*CleaningBenchmarks*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
