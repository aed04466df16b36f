using System.Diagnostics;
using System.Net.Sockets;
using System.Text.Json;
using Grader.Core.Execution;
using Grader.Core.Execution.Wire;
using Grader.Core.Grading;

namespace Grader.Cli.Isolation;

/// <summary>One runner child process and its channel: a Unix socket in a private folder. Kills its whole process
/// group when a call times out or when disposed; notices a dead runner at once, through the closed channel.</summary>
public sealed class RunnerProcess : IDisposable
{
    private readonly Process _process;
    private readonly Socket _connection;
    private readonly FrameChannel _channel;
    private readonly OutputDrain _stdout;
    private readonly OutputDrain _stderr;
    private readonly string _directory;
    private readonly TimeSpan _stopLimit;
    private readonly IReadOnlyList<ProcessTable.Entry> _started;

    private RunnerProcess(Process process, Socket connection, OutputDrain stdout, OutputDrain stderr, string directory, TimeSpan stopLimit)
    {
        // Read now, while the runner answers: inside the sandbox the .NET runner and the bwrap above it are not in the
        // runner's process group, and once the outer bwrap has exited nothing links them to it any more.
        _started = ProcessGroup.Below(process);
        _process = process;
        _connection = connection;
        _channel = new FrameChannel(new NetworkStream(connection, ownsSocket: false));
        _stdout = stdout;
        _stderr = stderr;
        _directory = directory;
        _stopLimit = stopLimit;
    }

    public bool Alive { get; private set; } = true;

    /// <summary>Starts a runner and waits for it to load the submission.</summary>
    /// <param name="sandbox">Where setsid and bwrap are.</param>
    /// <param name="sandboxed">Whether the runner starts inside bwrap.</param>
    /// <returns>The runner, or null with <paramref name="failure"/> saying why it did not start.</returns>
    public static RunnerProcess? Start(RunnerLaunch launch, IsolationSettings settings, Sandbox sandbox, bool sandboxed, out StudentFailure? failure)
    {
        failure = null;
        var directory = Directory.CreateTempSubdirectory("grader-runner-").FullName;
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var socketPath = Path.Combine(directory, "channel.sock");
        using var listener = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        listener.Bind(new UnixDomainSocketEndPoint(socketPath));
        listener.Listen(1);

        var process = new Process { StartInfo = StartInfo(launch, settings, sandbox, sandboxed, directory, socketPath) };
        process.Start();
        process.StandardInput.Close();
        var stdout = new OutputDrain(process.StandardOutput.BaseStream, settings.OutputCapChars);
        var stderr = new OutputDrain(process.StandardError.BaseStream, settings.OutputCapChars);

        using var startup = new CancellationTokenSource(settings.StartupLimit);
        var accept = listener.AcceptAsync(startup.Token).AsTask();
        var exited = process.WaitForExitAsync(startup.Token);
        Task.WaitAny([accept, exited]);
        if (!accept.IsCompletedSuccessfully)
        {
            // Whether it died by itself, read before the kill: once killed, it has exited either way.
            var died = process.HasExited;
            ProcessGroup.KillAndWait(process, [], settings.StopLimit);
            failure = died
                ? new StudentFailure(CheckStatus.Crashed, $"The runner could not start (exit code {process.ExitCode}): {stderr.Take().Trim()}")
                : new StudentFailure(CheckStatus.TimedOut, $"The runner did not start within {TimeoutPolicy.Format(settings.StartupLimit)}.");
            process.Dispose();
            Directory.Delete(directory, recursive: true);
            return null;
        }

        var runner = new RunnerProcess(process, accept.Result, stdout, stderr, directory, settings.StopLimit);
        var hello = runner.Receive<WireHello>(settings.StartupLimit, "Loading the submission", out failure);
        if (hello is { Ready: true })
        {
            return runner;
        }
        failure ??= new StudentFailure(CheckStatus.CompileError, hello?.Error ?? "The submission could not be loaded.");
        runner.Dispose();
        return null;
    }

    /// <summary>Runs one call within <paramref name="limit"/>.</summary>
    /// <exception cref="OperationCanceledException">The grading was cancelled; the runner has been killed.</exception>
    public CallResult Call(WireRequest request, TimeSpan limit, string during, CancellationToken cancel = default)
    {
        try
        {
            _channel.Send(request);
        }
        catch (IOException)
        {
            // The runner is gone; Receive below says how it died.
        }
        var response = Receive<WireResponse>(limit, during, out var failure, cancel);
        return new CallResult(response, failure, _stdout.Take());
    }

    private T? Receive<T>(TimeSpan limit, string during, out StudentFailure? failure, CancellationToken cancel = default) where T : class
    {
        failure = null;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(limit);
        try
        {
            var message = _channel.ReceiveAsync<T>(timeout.Token).GetAwaiter().GetResult();
            if (message is not null)
            {
                return message;
            }
            failure = Died(during);
        }
        catch (OperationCanceledException)
        {
            Kill();
            cancel.ThrowIfCancellationRequested();
            failure = new StudentFailure(CheckStatus.TimedOut,
                $"{during} did not finish within {TimeoutPolicy.Format(limit)} (the answer key's time × factor + slack); the runner was stopped.");
        }
        catch (Exception e) when (e is IOException or SocketException or InvalidDataException or JsonException)
        {
            Kill();
            failure = new StudentFailure(CheckStatus.Crashed, $"{during}: the runner's channel broke ({e.Message}).");
        }
        return null;
    }

    /// <summary>The channel closed: wait briefly for the exit status and name the death.</summary>
    private StudentFailure Died(string during)
    {
        Alive = false;
        if (!_process.WaitForExit(5000))
        {
            Kill();
            return new StudentFailure(CheckStatus.Crashed, $"{during}: the runner closed its channel and stopped answering.");
        }
        _stderr.Completion.Wait(1000);
        return ExitClassifier.Classify(_process.ExitCode, _stderr.Take(), during);
    }

    /// <summary>Kills the runner and what it started, and waits (within the stop limit) until all of it has exited.</summary>
    private void Kill()
    {
        Alive = false;
        ProcessGroup.KillAndWait(_process, _started, _stopLimit);
    }

    public void Dispose()
    {
        if (Alive && !_process.HasExited)
        {
            try
            {
                _channel.Send(new WireRequest(WireRequest.Stop));
            }
            catch (IOException)
            {
            }
            _process.WaitForExit(1000);
        }
        // Whatever it started goes with it, even when it stopped by itself.
        Kill();
        _connection.Dispose();
        _process.Dispose();
        try
        {
            Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static ProcessStartInfo StartInfo(
        RunnerLaunch launch, IsolationSettings settings, Sandbox sandbox, bool sandboxed, string directory, string socketPath)
    {
        var environment = new Dictionary<string, string>
        {
            ["PATH"] = "/usr/bin:/bin",
            ["HOME"] = sandboxed ? "/tmp" : directory,
            ["TMPDIR"] = sandboxed ? "/tmp" : directory,
            ["DOTNET_ROOT"] = launch.DotnetRoot,
            ["DOTNET_GCHeapHardLimit"] = settings.HeapLimitBytes.ToString("X"),
            ["DOTNET_EnableDiagnostics"] = "0",
            ["DOTNET_DbgEnableMiniDump"] = "0",
            ["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1",
        };
        var start = new ProcessStartInfo(sandbox.SetsidPath)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        if (sandboxed)
        {
            start.ArgumentList.Add(sandbox.BwrapPath!);
            foreach (var arg in Sandbox.Arguments(launch, directory, environment))
            {
                start.ArgumentList.Add(arg);
            }
        }
        start.Environment.Clear();
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        foreach (var arg in new[]
                 {
                     launch.DotnetHost, launch.RunnerAssembly, "--socket", socketPath, "--assembly", launch.SubmissionAssembly,
                     "--output-cap", settings.OutputCapChars.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(arg);
        }
        return start;
    }
}
