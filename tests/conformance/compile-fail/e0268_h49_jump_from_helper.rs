// `break`/`continue` moved out of a loop body into a helper function.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Line {
    Blank,
    Comment,
    Code(u32),
    End,
}

fn skip_noise(l: Line) -> u32 {
    match l {
        Line::Blank | Line::Comment => continue,
        Line::End => break,
        Line::Code(n) => n,
    }
}

fn count_code(lines: &[Line]) -> u32 {
    let mut total = 0;
    for &l in lines {
        total += skip_noise(l);
    }
    total
}

fn main() {
    let src = [Line::Code(3), Line::Blank, Line::Comment, Line::Code(4), Line::End, Line::Code(9)];
    println!("{}", count_code(&src));
    if src.len() > 100 {
        break;
    }
}
