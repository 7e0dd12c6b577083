// statfs(2), which tells a file system's type and which the Glibc module of Swift does not export.
#include <sys/vfs.h>
