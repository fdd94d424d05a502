// edition:2024
// Buffered file reading and writing, directory listing, and path manipulation.
use std::fs::{self, File, OpenOptions};
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

fn write_lines(path: &Path, lines: &[&str]) -> io::Result<()> {
    let mut w = BufWriter::new(File::create(path)?);
    for (i, line) in lines.iter().enumerate() {
        writeln!(w, "{:03}: {line}", i + 1)?;
    }
    w.flush()
}

fn append(path: &Path, text: &str) -> io::Result<()> {
    let mut f = OpenOptions::new().append(true).create(true).open(path)?;
    f.write_all(text.as_bytes())
}

fn grep(path: &Path, needle: &str) -> io::Result<Vec<(usize, String)>> {
    let reader = BufReader::new(File::open(path)?);
    let mut hits = Vec::new();
    for (n, line) in reader.lines().enumerate() {
        let line = line?;
        if line.contains(needle) {
            hits.push((n + 1, line));
        }
    }
    Ok(hits)
}

fn tail_bytes(path: &Path, n: u64) -> io::Result<String> {
    let mut f = File::open(path)?;
    let len = f.metadata()?.len();
    f.seek(SeekFrom::Start(len.saturating_sub(n)))?;
    let mut s = String::new();
    f.read_to_string(&mut s)?;
    Ok(s)
}

fn main() -> io::Result<()> {
    let dir: PathBuf = std::env::temp_dir().join("sluice_corpus_io");
    fs::create_dir_all(&dir)?;
    let file = dir.join("notes").with_extension("txt");
    write_lines(&file, &["alpha", "beta", "gamma beta"])?;
    append(&file, "004: delta\n")?;
    println!("{:?}", grep(&file, "beta")?);
    println!("{:?}", tail_bytes(&file, 11)?);
    let mut names: Vec<String> = fs::read_dir(&dir)?
        .filter_map(Result::ok)
        .filter_map(|e| e.file_name().into_string().ok())
        .collect();
    names.sort();
    println!("{names:?} {:?} {:?}", file.file_stem(), file.extension());
    fs::remove_dir_all(&dir)
}
