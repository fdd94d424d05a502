/* Utility functions for parsing
 * configuration files.
 */
fn trim_comment(line: &str) -> &str {
    match line.find('#') {
        Some(i) => &line[..i],
        None => line,
    }
}

/* TODO: handle quoted '#' characters
fn main() {
    println!("{}", trim_comment("key = value # note"));
}
