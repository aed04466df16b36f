using System.Net.Sockets;
using Grader.Core.Execution.Wire;
using Grader.Core.Problems;
using Grader.Runner;

// grader's runner: Grader.Runner --socket PATH --assembly PATH [--output-cap CHARS]
// Talks to the grader over the Unix socket only; stdout and stderr belong to the student's code.
var options = RunnerOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine("usage: Grader.Runner --socket PATH --assembly PATH [--output-cap CHARS]");
    return RunnerExitCodes.Usage;
}

FrameChannel channel;
Socket socket;
try
{
    socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
    socket.Connect(new UnixDomainSocketEndPoint(options.Socket));
    channel = new FrameChannel(new NetworkStream(socket, ownsSocket: true));
}
catch (Exception e)
{
    Console.Error.WriteLine($"runner: cannot reach the grader: {e.Message}");
    return RunnerExitCodes.ChannelFailed;
}

try
{
    var notSet = ResourceLimits.Apply(options.AddressSpaceHeadroom, options.MaxFileBytes, options.MaxProcesses);
    SubmissionImage submission;
    try
    {
        submission = SubmissionImage.Read(options.Assembly);
        submission.ForCall();
    }
    catch (Exception e) when (e is BadImageFormatException or FileLoadException or IOException)
    {
        channel.Send(new WireHello(false, $"The submission cannot be loaded: {e.Message}"));
        return RunnerExitCodes.Stopped;
    }
    channel.Send(new WireHello(true, notSet.Count == 0 ? null : $"limits not set: {string.Join(", ", notSet)}"));

    var handler = new CallHandler(submission, ProblemCatalog.Discover(), options.OutputCap);
    while (channel.Receive<WireRequest>() is { Kind: WireRequest.Call or WireRequest.Differentiate } request)
    {
        channel.Send(handler.Handle(request));
    }
    return RunnerExitCodes.Stopped;
}
catch (Exception e)
{
    // One of the two places that catch everything: whatever escapes is reported, and the exit code names it.
    Console.Error.WriteLine($"runner: internal error: {e}");
    return RunnerExitCodes.InternalError;
}
