Console.Error.WriteLine("feedhub: the command line is being built");
return 1;
