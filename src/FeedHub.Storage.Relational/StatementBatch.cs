using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FeedHub.Storage.Relational;

/// <summary>
/// Several statements sent as one command, so one round trip; each statement's parameters are renamed apart
/// (<c>@id</c> of the third statement becomes <c>@s2_id</c>). A reader over the command meets the statements' result
/// sets in the order they were added.
/// </summary>
internal sealed partial class StatementBatch
{
    /// <summary>
    /// Renamed statements by text and position: an ingest sends the same few statements at the same few positions
    /// again and again. Bounded, so statements built with varying text cannot make it grow without end.
    /// </summary>
    private static readonly ConcurrentDictionary<(string Sql, int Position), string> Renamed = new();
    private const int MaxRenamed = 4096;

    private readonly StringBuilder _sql = new();
    private readonly List<DbParam> _parameters = [];

    public int Count { get; private set; }

    public void Add(string sql, params DbParam[] parameters)
    {
        var prefix = "s" + Count.ToString(CultureInfo.InvariantCulture) + "_";
        if (Count > 0)
            _sql.Append(";\n");
        if (!Renamed.TryGetValue((sql, Count), out var renamed))
        {
            renamed = ParameterReference().Replace(sql, "@" + prefix + "$1");
            if (Renamed.Count < MaxRenamed)
                Renamed.TryAdd((sql, Count), renamed);
        }
        _sql.Append(renamed);
        foreach (var p in parameters)
            _parameters.Add(p with { Name = prefix + p.Name });
        Count++;
    }

    public DbCommand Command(DbConnection connection, DbTransaction transaction) =>
        Db.Command(connection, transaction, _sql.ToString(), [.. _parameters]);

    [GeneratedRegex("@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterReference();
}
