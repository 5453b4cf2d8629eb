// Stack buffers (the word windows of the quote wing, the label ends of a host) are written before they are read: not
// clearing them saves clearing a few hundred bytes for every window read.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
