using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;
using FeedHub.Extraction;
using FeedHub.Testing;

/// <summary>
/// `extraction`: main-content extraction on the article-extraction fixtures (Zyte's benchmark, dev split), scored
/// exactly as the benchmark's evaluate.py does (see Fixtures/article-extraction/SOURCE.txt): FeedHub beside
/// SmartReader and, when tests/FeedHub.Evaluation/readability/node_modules exists, Mozilla Readability on node.
/// Options: --verbose (per-page scores), --dump ID-PREFIX (print FeedHub's text of one page), --no-readability,
/// --predictions DIR (write each extractor's texts as DIR/NAME.json in the benchmark's output format, to check the
/// scores with the benchmark's own evaluate.py).
/// </summary>
internal static partial class ExtractionEvaluation
{
    private sealed record Page(string Id, string Url, string Truth, string Path);

    private sealed record Scored(string Id, double Tp, double Fp, double Fn, double Milliseconds, string Text);

    public static async Task<int> RunAsync(string[] args)
    {
        var verbose = args.Contains("--verbose");
        var dumpIndex = Array.IndexOf(args, "--dump");
        var pages = LoadPages();
        if (dumpIndex >= 0 && dumpIndex + 1 < args.Length)
            return Dump(pages, args[dumpIndex + 1]);

        var results = new Dictionary<string, List<Scored>>
        {
            ["FeedHub ArticleExtractor"] = Run(pages, ExtractWithFeedHub()),
            ["FeedHub extractor + cleaner"] = Run(pages, ExtractAndCleanWithFeedHub()),
            ["FeedHub cleaner, whole page"] = Run(pages, CleanWholePageWithFeedHub()),
            ["SmartReader 0.11.1"] = Run(pages, ExtractWithSmartReader),
        };
        if (!args.Contains("--no-readability") && await RunReadabilityAsync(pages) is { } readability)
            results["Readability.js 0.6.0 (jsdom)"] = readability;

        Console.WriteLine($"Article extraction, {pages.Count} pages (Zyte benchmark dev split), metric of SOURCE.txt");
        Console.WriteLine($"{"extractor",-30} {"half",-16} {"pages",5} {"precision",9} {"recall",7} {"F1",6} {"ms/page",8}");
        foreach (var (name, scored) in results)
        {
            foreach (var (half, filter) in Halves)
            {
                var subset = scored.Where(s => filter(s.Id)).ToList();
                var (precision, recall, f1) = Metrics(subset);
                Console.WriteLine($"{name,-30} {half,-16} {subset.Count,5} {precision,9:F3} {recall,7:F3} {f1,6:F3} {subset.Average(s => s.Milliseconds),8:F1}");
            }
        }
        if (verbose)
            PrintPerPage(results);
        var predictionsIndex = Array.IndexOf(args, "--predictions");
        if (predictionsIndex >= 0 && predictionsIndex + 1 < args.Length)
            await WritePredictionsAsync(args[predictionsIndex + 1], results);
        return 0;
    }

    private static readonly (string Name, Func<string, bool> Filter)[] Halves =
    [
        ("dev (ids 0-3)", id => id[0] is >= '0' and <= '3'),
        ("held-out (4-7)", id => id[0] is >= '4' and <= '7'),
        ("all", _ => true),
    ];

    private static List<Page> LoadPages()
    {
        var root = FixtureFiles.PathOf("article-extraction");
        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(root, "ground-truth.json")));
        return truth.RootElement.EnumerateObject()
            .Select(p => new Page(p.Name, p.Value.GetProperty("url").GetString()!,
                p.Value.TryGetProperty("articleBody", out var body) ? body.GetString() ?? "" : "",
                Path.Combine(root, "html", p.Name + ".html.gz")))
            .OrderBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static byte[] Unzip(string path)
    {
        using var gzip = new GZipStream(File.OpenRead(path), CompressionMode.Decompress);
        using var buffer = new MemoryStream();
        gzip.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static Func<byte[], Uri, string> ExtractWithFeedHub()
    {
        var extractor = new ArticleExtractor();
        return (bytes, url) => extractor.Extract(bytes, contentType: null, url)?.Text ?? "";
    }

    // What a full-text item goes through: the extracted article's HTML, then the boilerplate cleaner (which must not cut the article).
    private static Func<byte[], Uri, string> ExtractAndCleanWithFeedHub()
    {
        var extractor = new ArticleExtractor();
        var cleaner = new FeedHub.Cleaning.ContentCleaner();
        return (bytes, url) => extractor.Extract(bytes, contentType: null, url) is { } article ? cleaner.Clean(article.Html, url).Text : "";
    }

    // The cleaner alone on the whole page, with its menus and boxes: its recall says how much of the article the
    // cleaner's rules cut from real markup (the page's chrome it leaves is no measure of it: that is the extractor's work).
    private static Func<byte[], Uri, string> CleanWholePageWithFeedHub()
    {
        var cleaner = new FeedHub.Cleaning.ContentCleaner();
        return (bytes, url) =>
        {
            var r = cleaner.Clean(PageText(bytes), url);
            if (Environment.GetEnvironmentVariable("DBGURL") is { } u && url.AbsoluteUri.Contains(u))
                foreach (var rm in r.Removals) Console.WriteLine($"RM [{rm.Rule}] {rm.Text[..Math.Min(160, rm.Text.Length)]}");
            return r.Text;
        };
    }

    // SmartReader gets the page decoded exactly as FeedHub decodes it (its own decoding is not under test).
    private static string ExtractWithSmartReader(byte[] bytes, Uri url)
    {
        var html = PageText(bytes);
        var article = new SmartReader.Reader(url.AbsoluteUri, html).GetArticle();
        // Whatever it found, even when it judges the page not "readable" (short articles count too).
        return article.TextContent ?? "";
    }

    private static string PageText(byte[] bytes)
    {
        var head = System.Text.Encoding.Latin1.GetString(bytes, 0, Math.Min(bytes.Length, 8192));
        var declared = MetaCharset().Match(head);
        System.Text.Encoding.RegisterProvider(System.Text.CodePagesEncodingProvider.Instance);
        var encoding = declared.Success && TryEncoding(declared.Groups[1].Value) is { } e ? e : System.Text.Encoding.UTF8;
        return encoding.GetString(bytes);
    }

    private static System.Text.Encoding? TryEncoding(string name)
    {
        try
        {
            return System.Text.Encoding.GetEncoding(name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static List<Scored> Run(List<Page> pages, Func<byte[], Uri, string> extract)
    {
        var scored = new List<Scored>();
        foreach (var page in pages)
        {
            var bytes = Unzip(page.Path);
            var watch = Stopwatch.StartNew();
            var text = extract(bytes, new Uri(page.Url));
            watch.Stop();
            var (tp, fp, fn) = ShingleMatching(page.Truth, text);
            scored.Add(new Scored(page.Id, tp, fp, fn, watch.Elapsed.TotalMilliseconds, text));
        }
        return scored;
    }

    private static async Task<List<Scored>?> RunReadabilityAsync(List<Page> pages)
    {
        var folder = Path.Combine(RepositoryRoot(), "tests", "FeedHub.Evaluation", "readability");
        if (!Directory.Exists(Path.Combine(folder, "node_modules")))
        {
            Console.Error.WriteLine($"Readability.js skipped: run `npm install` in {folder} first.");
            return null;
        }
        var list = Path.GetTempFileName();
        await File.WriteAllTextAsync(list, JsonSerializer.Serialize(pages.Select(p => new { id = p.Id, url = p.Url, path = p.Path })));
        try
        {
            var start = new ProcessStartInfo("node", [Path.Combine(folder, "run.js"), list])
            {
                RedirectStandardOutput = true,
                WorkingDirectory = folder,
            };
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                Console.Error.WriteLine($"Readability.js failed (exit {process.ExitCode}).");
                return null;
            }
            using var json = JsonDocument.Parse(output);
            return pages.Select(p =>
            {
                var entry = json.RootElement.GetProperty(p.Id);
                var text = entry.GetProperty("text").GetString() ?? "";
                var (tp, fp, fn) = ShingleMatching(p.Truth, text);
                return new Scored(p.Id, tp, fp, fn, entry.GetProperty("ms").GetDouble(), text);
            }).ToList();
        }
        finally
        {
            File.Delete(list);
        }
    }

    private static async Task WritePredictionsAsync(string folder, Dictionary<string, List<Scored>> results)
    {
        Directory.CreateDirectory(folder);
        foreach (var (name, scored) in results)
        {
            var file = Path.Combine(folder, string.Concat(name.TakeWhile(c => c != ' ')).ToLowerInvariant() + ".json");
            var predictions = scored.ToDictionary(s => s.Id, s => new Dictionary<string, string> { ["articleBody"] = s.Text });
            await File.WriteAllTextAsync(file, JsonSerializer.Serialize(predictions));
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FeedHub.sln")))
                return dir.FullName;
        return Directory.GetCurrentDirectory();
    }

    private static int Dump(List<Page> pages, string prefix)
    {
        var page = pages.First(p => p.Id.StartsWith(prefix, StringComparison.Ordinal));
        var article = new ArticleExtractor().Extract(Unzip(page.Path), null, new Uri(page.Url));
        Console.WriteLine($"{page.Id} {page.Url}");
        Console.WriteLine($"title={article?.Title} | author={article?.Author} | date={article?.PublishedAt:O} | canonical={article?.CanonicalUrl} | site={article?.SiteName}");
        Console.WriteLine("---- extracted");
        Console.WriteLine(article?.Text);
        Console.WriteLine("---- truth");
        Console.WriteLine(page.Truth);
        return 0;
    }

    private static void PrintPerPage(Dictionary<string, List<Scored>> results)
    {
        Console.WriteLine();
        Console.WriteLine($"{"id",-10} " + string.Join(" ", results.Keys.Select(k => $"{k[..Math.Min(12, k.Length)],12}")) + "   (P/R per page)");
        var first = results.Values.First();
        for (var i = 0; i < first.Count; i++)
        {
            var row = results.Values.Select(r => r[i]).Select(s => $"{Precision(s):F2}/{Recall(s):F2}".PadLeft(12));
            Console.WriteLine($"{first[i].Id[..10]} " + string.Join(" ", row));
        }
    }

    // ---- the benchmark's metric (evaluate.py), per SOURCE.txt ----

    /// <summary>tp, fp, fn over the multisets of word 4-gram shingles, normalised to sum to 1 (when not all 0).</summary>
    private static (double Tp, double Fp, double Fn) ShingleMatching(string truth, string predicted)
    {
        var truthShingles = Shingles(truth);
        var predictedShingles = Shingles(predicted);
        double tp = 0, fp = 0, fn = 0;
        foreach (var key in truthShingles.Keys.Union(predictedShingles.Keys))
        {
            var t = truthShingles.GetValueOrDefault(key);
            var p = predictedShingles.GetValueOrDefault(key);
            tp += Math.Min(t, p);
            fp += Math.Max(0, p - t);
            fn += Math.Max(0, t - p);
        }
        var sum = tp + fp + fn;
        return sum > 0 ? (tp / sum, fp / sum, fn / sum) : (tp, fp, fn);
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Token().Matches(text).Select(m => m.Value).ToList();
        var shingles = new Dictionary<string, int>(StringComparer.Ordinal);
        // As evaluate.py: range(max(1, n - 4 + 1)) with an empty shingle skipped, so texts under 4 tokens give one.
        for (var i = 0; i < Math.Max(1, tokens.Count - 3); i++)
        {
            var shingle = string.Join('\u0001', tokens.Skip(i).Take(4));
            if (shingle.Length > 0)
                shingles[shingle] = shingles.GetValueOrDefault(shingle) + 1;
        }
        return shingles;
    }

    private static double Precision(Scored s) => s.Fp == 0 && s.Fn == 0 ? 1 : s.Tp == 0 && s.Fp == 0 ? 0 : s.Tp / (s.Tp + s.Fp);

    private static double Recall(Scored s) => s.Fp == 0 && s.Fn == 0 ? 1 : s.Tp == 0 && s.Fn == 0 ? 0 : s.Tp / (s.Tp + s.Fn);

    /// <summary>Precision averaged over pages with tp+fp &gt; 0, recall over pages with tp+fn &gt; 0, F1 of the two.</summary>
    private static (double Precision, double Recall, double F1) Metrics(IReadOnlyList<Scored> scored)
    {
        var precisions = scored.Where(s => s.Tp + s.Fp > 0).Select(Precision).ToList();
        var recalls = scored.Where(s => s.Tp + s.Fn > 0).Select(Recall).ToList();
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return (precision, recall, f1);
    }

    // Python's \w+ with re.UNICODE: letters, digits, marks and connector punctuation (underscore).
    [GeneratedRegex(@"[\w]+")]
    private static partial Regex Token();

    [GeneratedRegex("""<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();
}
