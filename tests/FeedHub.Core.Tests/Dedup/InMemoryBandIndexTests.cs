using FeedHub.Fingerprinting;

namespace FeedHub.Dedup;

public sealed class InMemoryBandIndexTests
{
    [Fact]
    public void FindNear_AgreesWithTheFullScanOnTheRealArticles()
    {
        var index = new InMemoryBandIndex();
        foreach (var article in ArticleTexts.All)
        {
            index.Add(MinHasher.Sign(ArticleTexts.Text(article)));
            index.Add(MinHasher.Sign(ArticleTexts.Text(article.Where((_, i) => i != 1).ToArray())));
        }

        for (var n = 0; n < ArticleTexts.All.Count; n++)
        {
            var query = MinHasher.Sign(ArticleTexts.Text([.. ArticleTexts.All[n], "Curated for you by NewsPile."]));
            var viaIndex = index.FindNear(query, 0.5).Select(c => c.Id).ToList();
            var viaScan = index.ScanNear(query, 0.5);
            viaScan.Select(c => c.Id).Should().Contain(viaIndex, $"article {n}: the index only narrows the scan");
            viaIndex.Should().Contain(viaScan.Where(c => c.Jaccard >= 0.7).Select(c => c.Id), $"article {n}: at 0.7 a band is missed once in 5,000");
            viaIndex.Should().Contain(2 * n, $"article {n} is in the index");
        }
    }
}
