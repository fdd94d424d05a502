// edition:2024
// Box<dyn Error> across heterogeneous errors, with ? converting each and a main returning Result.
use std::error::Error;
use std::fmt;
use std::fs;
use std::path::Path;

#[derive(Debug)]
struct EmptyFile(String);

impl fmt::Display for EmptyFile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} is empty", self.0)
    }
}

impl Error for EmptyFile {}

type AnyResult<T> = Result<T, Box<dyn Error + Send + Sync + 'static>>;

fn first_number(path: &Path) -> AnyResult<i64> {
    let text = fs::read_to_string(path)?;
    let line = text.lines().next().ok_or_else(|| EmptyFile(path.display().to_string()))?;
    let n: i64 = line.trim().parse()?;
    if n < 0 {
        return Err(format!("negative number {n}").into());
    }
    Ok(n)
}

fn sum_files<P: AsRef<Path>>(paths: &[P]) -> AnyResult<i64> {
    paths.iter().map(|p| first_number(p.as_ref())).sum()
}

fn classify(e: &(dyn Error + 'static)) -> &'static str {
    if e.is::<std::io::Error>() {
        "io"
    } else if e.downcast_ref::<std::num::ParseIntError>().is_some() {
        "parse"
    } else if e.is::<EmptyFile>() {
        "empty"
    } else {
        "other"
    }
}

fn main() -> Result<(), Box<dyn Error>> {
    let dir = std::env::temp_dir();
    let good = dir.join("sluice_corpus_good.txt");
    let bad = dir.join("sluice_corpus_bad.txt");
    fs::write(&good, "42\n")?;
    fs::write(&bad, "forty-two\n")?;
    println!("{:?}", sum_files(&[&good, &good]).ok());
    match sum_files(&[good.clone(), bad.clone(), dir.join("missing")]) {
        Ok(n) => println!("sum {n}"),
        Err(e) => println!("{} error: {e}", classify(&*e)),
    }
    fs::remove_file(good)?;
    fs::remove_file(bad)?;
    Ok(())
}
