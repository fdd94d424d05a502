#[derive(Debug, Clone, Copy, PartialEq)]
pub(super) enum Word {
    Number(i64),
    Symbol(u8),
    End,
}

pub(super) fn next_word(src: &[u8], mut pos: usize) -> (Word, usize) {
    while pos < src.len() && src[pos].is_ascii_whitespace() {
        pos += 1;
    }
    if pos == src.len() {
        return (Word::End, pos);
    }
    if src[pos].is_ascii_digit() {
        let mut v = 0i64;
        while pos < src.len() && src[pos].is_ascii_digit() {
            v = v * 10 + (src[pos] - b'0') as i64;
            pos += 1;
        }
        return (Word::Number(v), pos);
    }
    (Word::Symbol(src[pos]), pos + 1)
}
