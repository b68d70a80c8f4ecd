files = ["main.py", "test_utils.py", "README.md", "setup.cfg", "test_main.py",
         "notes.txt", "image.PNG", "archive.tar.gz", ".gitignore"]

tests = [f for f in files if f.startswith("test_")]
print("tests:", tests)
python = [f for f in files if f.endswith(".py")]
print("python:", python)
images = [f for f in files if f.lower().endswith((".png", ".jpg", ".gif"))]
print("images:", images)
hidden = [f for f in files if f.startswith(".")]
print("hidden:", hidden)
docs = [f for f in files if f.endswith((".md", ".txt"))]
print("docs:", docs)

print("archive.tar.gz".endswith("tar", 0, 11))
print("archive.tar.gz".startswith("tar", 8))

def ext(name):
    if name.startswith(".") and name.count(".") == 1:
        return ""
    return name.rsplit(".", 1)[-1] if "." in name else ""

by_ext = {}
for f in files:
    by_ext.setdefault(ext(f).lower(), []).append(f)
print(sorted(by_ext.items()))
