// Checking a prefix by comparing a `str` slice (not `&str`) with a literal.
fn is_comment(line: &str) -> bool {
    line.len() >= 2 && line[..2] == "//"
}

fn main() {
    let lines = ["// header", "let x = 1;", "/", "// end"];
    let mut comments = 0;
    for l in lines {
        if is_comment(l) {
            comments += 1;
        }
    }
    println!("{comments} comments");
}
