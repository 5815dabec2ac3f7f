using System.Globalization;
using FeedHub.Parsing;

namespace FeedHub.Core.Tests.Parsing;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 +0200", "2003-06-10T02:00:00Z")]
    [InlineData("10 Jun 2003 04:00:00 EDT", "2003-06-10T08:00:00Z")]
    [InlineData("Wed, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z")] // wrong weekday
    [InlineData("Tue, 10 Jun 03 04:00:00 GMT", "2003-06-10T04:00:00Z")]
    [InlineData("Sat, 19 Jan 2019 07:43 +0100", "2019-01-19T06:43:00Z")]
    [InlineData("2024-03-10T16:15:00+01:00", "2024-03-10T15:15:00Z")]
    [InlineData("2024-03-10T16:15:00Z", "2024-03-10T16:15:00Z")]
    [InlineData("2024-03-10", "2024-03-10T00:00:00Z")]
    [InlineData("  Mon,  22 Jan 2018\n 10:00:00   GMT ", "2018-01-22T10:00:00Z")]
    public void Parse_ReadsFeedDates(string value, string expected) =>
        FeedDates.Parse(value).Should().Be(DateTimeOffset.Parse(expected, CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("yesterday")]
    [InlineData("32 Jan 2019 10:00:00 GMT")]
    [InlineData("0000-00-00 00:00:00")]
    [InlineData("1900-01-01T00:00:00Z")]
    public void Parse_LeavesBadDatesMissing(string value) => FeedDates.Parse(value).Should().BeNull();

    [Theory]
    [InlineData("de-DE")]
    [InlineData("th-TH")]
    [InlineData("ar-SA")]
    [InlineData("fa-IR")]
    [InlineData("ja-JP")]
    public void Parse_DoesNotDependOnTheCurrentCulture(string culture)
    {
        var saved = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture);
            FeedDates.Parse("Tue, 10 Jun 2003 04:00:00 GMT").Should().Be(new DateTimeOffset(2003, 6, 10, 4, 0, 0, TimeSpan.Zero));
            FeedDates.Parse("2024-03-10T16:15:00Z").Should().Be(new DateTimeOffset(2024, 3, 10, 16, 15, 0, TimeSpan.Zero));
        }
        finally
        {
            CultureInfo.CurrentCulture = saved;
        }
    }
}
