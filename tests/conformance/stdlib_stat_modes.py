import stat

entries = {
    "notes.txt": stat.S_IFREG | 0o644,
    "bin": stat.S_IFDIR | 0o755,
    "latest": stat.S_IFLNK | 0o777,
    "run.sh": stat.S_IFREG | stat.S_IRWXU | stat.S_IRGRP | stat.S_IXGRP,
    "tmp": stat.S_IFDIR | 0o1777,
    "passwd": stat.S_IFREG | stat.S_ISUID | 0o755,
    "shared": stat.S_IFDIR | stat.S_ISGID | 0o2770,
    "odd": 0o644,
}
for name, mode in entries.items():
    kind = "dir" if stat.S_ISDIR(mode) else "link" if stat.S_ISLNK(mode) else "file" if stat.S_ISREG(mode) else "?"
    perms = stat.S_IMODE(mode)
    print(f"{stat.filemode(mode)} {oct(perms):>7} {stat.S_IFMT(mode):6} {kind:4} {name}")
    if perms & stat.S_IXUSR and not stat.S_ISDIR(mode):
        print("   executable by owner")
    if perms & (stat.S_IWGRP | stat.S_IWOTH):
        print("   writable by others")

names = ["S_IRUSR", "S_IWUSR", "S_IXUSR", "S_IRGRP", "S_IWGRP", "S_IXGRP",
         "S_IROTH", "S_IWOTH", "S_IXOTH", "S_IRWXU", "S_IRWXG", "S_IRWXO",
         "S_IFSOCK", "S_IFBLK", "S_IFCHR", "S_IFIFO", "S_ISVTX"]
print({n: getattr(stat, n) for n in names})
print(stat.S_ISDIR(True), stat.filemode(0o140755), stat.filemode(0o060600), stat.filemode(0o010600))
for bad in [1.5, -1, 2**40]:
    try:
        stat.filemode(bad)
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
stat.S_ISREG(stat.S_IFREG | 0o600)
