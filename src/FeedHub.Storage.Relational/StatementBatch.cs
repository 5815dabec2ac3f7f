using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FeedHub.Storage.Relational;

/// <summary>
/// Several statements sent in one round trip; a reader meets their result sets in the order they were added
/// (statements that return no rows make none).
/// <para>
/// Where the dialect says so (<see cref="SqlDialect.SendsPositionalBatches"/>), each statement is a command of a
/// <see cref="DbBatch"/> whose <c>@name</c> references are turned into positions (<c>$1</c>, <c>$2</c>, …) with
/// unnamed parameters in that order: the provider then sends the SQL as it is, with no parsing or rewriting of its
/// own. Otherwise the statements are joined into one command text, each statement's parameters renamed apart
/// (<c>@id</c> of the third statement becomes <c>@s2_id</c>).
/// </para>
/// </summary>
internal sealed partial class StatementBatch(DbConnection connection, DbTransaction transaction, bool positional) : IAsyncDisposable
{
    /// <summary>
    /// Converted statements by text (and, for joined text, position): an ingest sends the same few statements again
    /// and again. Bounded, so statements built with varying text cannot make them grow without end.
    /// </summary>
    private static readonly ConcurrentDictionary<string, (string Sql, string[] Names)> Positional = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<(string Sql, int Position), string> Renamed = new();
    private const int MaxCached = 4096;

    private readonly List<(string Sql, DbParam[] Parameters)> _statements = [];
    private DbBatch? _batch;
    private DbCommand? _command;

    public void Add(string sql, params DbParam[] parameters) => _statements.Add((sql, parameters));

    public async Task<DbDataReader> ExecuteReaderAsync(CancellationToken cancellationToken) =>
        Build() is { } batch
            ? await batch.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false)
            : await _command!.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);

    public async Task<int> ExecuteNonQueryAsync(CancellationToken cancellationToken) =>
        Build() is { } batch
            ? await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false)
            : await _command!.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Makes the batch (returned) or the joined command (kept in <see cref="_command"/>).</summary>
    private DbBatch? Build()
    {
        if (_batch is not null || _command is not null)
            throw new InvalidOperationException("A statement batch runs once.");
        if (!positional)
        {
            _command = JoinedCommand();
            return null;
        }
        _batch = connection.CreateBatch();
        _batch.Transaction = transaction;
        foreach (var (sql, parameters) in _statements)
        {
            var (text, names) = ToPositional(sql);
            var command = _batch.CreateBatchCommand();
            command.CommandText = text;
            foreach (var name in names)
            {
                var value = ValueOf(parameters, name, sql);
                var parameter = command.CreateParameter();
                parameter.DbType = value.Type;
                parameter.Value = value.Value ?? DBNull.Value;
                command.Parameters.Add(parameter);
            }
            _batch.BatchCommands.Add(command);
        }
        return _batch;
    }

    private static DbParam ValueOf(DbParam[] parameters, string name, string sql)
    {
        foreach (var p in parameters)
        {
            if (p.Name == name)
                return p;
        }
        throw new InvalidOperationException($"No value for parameter @{name} of statement: {sql}");
    }

    private DbCommand JoinedCommand()
    {
        var text = new StringBuilder();
        var all = new List<DbParam>();
        for (var position = 0; position < _statements.Count; position++)
        {
            var (sql, parameters) = _statements[position];
            var prefix = "s" + position.ToString(CultureInfo.InvariantCulture) + "_";
            if (position > 0)
                text.Append(";\n");
            if (!Renamed.TryGetValue((sql, position), out var renamed))
            {
                renamed = ParameterReference().Replace(sql, "@" + prefix + "$1");
                if (Renamed.Count < MaxCached)
                    Renamed.TryAdd((sql, position), renamed);
            }
            text.Append(renamed);
            foreach (var p in parameters)
                all.Add(p with { Name = prefix + p.Name });
        }
        return Db.Command(connection, transaction, text.ToString(), [.. all]);
    }

    /// <summary>The statement with <c>$n</c> for the n-th distinct <c>@name</c>, and those names in order.</summary>
    private static (string Sql, string[] Names) ToPositional(string sql)
    {
        if (Positional.TryGetValue(sql, out var converted))
            return converted;
        var names = new List<string>();
        var text = ParameterReference().Replace(sql, m =>
        {
            var index = names.IndexOf(m.Groups[1].Value);
            if (index < 0)
            {
                names.Add(m.Groups[1].Value);
                index = names.Count - 1;
            }
            return "$" + (index + 1).ToString(CultureInfo.InvariantCulture);
        });
        converted = (text, [.. names]);
        if (Positional.Count < MaxCached)
            Positional.TryAdd(sql, converted);
        return converted;
    }

    public async ValueTask DisposeAsync()
    {
        if (_batch is not null)
            await _batch.DisposeAsync().ConfigureAwait(false);
        if (_command is not null)
            await _command.DisposeAsync().ConfigureAwait(false);
    }

    [GeneratedRegex("@([A-Za-z_][A-Za-z0-9_]*)")]
    private static partial Regex ParameterReference();
}
