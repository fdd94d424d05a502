// An `if` condition left unfinished (`i >` with no right operand): the block becomes the operand.
fn camel_to_snake(s: &str) -> String {
    let mut out = String::new();
    for (i, c) in s.char_indices() {
        if c.is_uppercase() {
            if i > {
                out.push('_');
            }
            out.extend(c.to_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn main() {
    println!("{}", camel_to_snake("parseHttpRequest"));
}
