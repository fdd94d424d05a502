// The `?` operator on Result and Option, `.await` chained with `?` and method calls.
use std::fs;
use std::io;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Io(io::Error),
    Parse(ParseIntError),
    Missing(&'static str),
}

impl From<io::Error> for AppError {
    fn from(e: io::Error) -> Self {
        AppError::Io(e)
    }
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

fn read_count(path: &str) -> Result<u32, AppError> {
    let text = fs::read_to_string(path)?;
    let first = text.lines().next().ok_or(AppError::Missing("first line"))?;
    Ok(first.trim().parse::<u32>()? * 2)
}

fn middle_char(s: &str) -> Option<char> {
    let n = s.chars().count();
    let c = s.chars().nth(n.checked_div(2)?)?;
    Some(c.to_ascii_uppercase())
}

struct Db;

impl Db {
    async fn connect(&self) -> Result<Conn, String> {
        Ok(Conn)
    }
}

struct Conn;

impl Conn {
    async fn query(&self, q: &str) -> Result<Vec<String>, String> {
        Ok(vec![q.to_string()])
    }
}

async fn first_row(db: &Db) -> Result<String, String> {
    let rows = db.connect().await?.query("select 1").await?;
    let row = rows.into_iter().next().ok_or("no rows")?;
    Ok(row)
}

async fn maybe_len(db: &Db) -> Option<usize> {
    Some(first_row(db).await.ok()?.len())
}

fn main() {
    println!("{:?}", read_count("/nonexistent"));
    println!("{:?}", middle_char("hello"));
    let fut = async {
        let db = Db;
        let len = maybe_len(&db).await;
        let nested = async { 5 }.await;
        (len, nested)
    };
    drop(fut);
    let r: Result<Result<u8, ()>, ()> = Ok(Ok(1));
    let flat = (|| -> Result<u8, ()> { r?? ; Ok(0) })();
    println!("{flat:?}");
}
