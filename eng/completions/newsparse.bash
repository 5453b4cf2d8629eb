# Bash completion for newsparse: the command completes its own options and their values (the [suggest] directive of
# System.CommandLine); paths complete as files do. Load it from ~/.bashrc:  source /path/to/newsparse.bash
_newsparse() {
  local IFS=$'\n'
  local line="${COMP_LINE:0:COMP_POINT}"
  COMPREPLY=($(compgen -W "$(newsparse "[suggest:${#line}]" "$line" 2> /dev/null)" -- "${COMP_WORDS[COMP_CWORD]}"))
}
complete -o default -F _newsparse newsparse
