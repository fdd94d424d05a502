// Tuple, array and struct destructuring, including nested patterns, `..` and
// slice patterns in `let` and `match`.
#[derive(Debug, Clone, Copy)]
struct Span {
    start: u32,
    end: u32,
}

#[derive(Debug, Clone, Copy)]
struct Token {
    kind: char,
    span: Span,
}

fn min_max(values: &[i32]) -> (i32, i32) {
    let mut lo = i32::MAX;
    let mut hi = i32::MIN;
    for &v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    (lo, hi)
}

fn ends(values: &[i32]) -> i32 {
    match values {
        [] => 0,
        [only] => *only,
        [first, .., last] => first * 100 + last,
    }
}

fn main() {
    let data = [4, -2, 17, 8, 0];
    let (lo, hi) = min_max(&data);
    println!("{} {}", lo, hi);

    let [a, b, rest @ ..] = data;
    println!("{} {} {:?}", a, b, rest);
    let [.., penultimate, _] = data;
    println!("{}", penultimate);

    let ((x, y), z) = ((1, 2.5), 'q');
    println!("{} {} {}", x, y, z);

    let tok = Token { kind: '+', span: Span { start: 3, end: 4 } };
    let Token { kind, span: Span { start, end } } = tok;
    println!("{} {}..{}", kind, start, end);
    let Token { span, .. } = tok;
    println!("{}", span.end - span.start);

    let grid = [[1, 2, 3], [4, 5, 6]];
    let [[r0c0, _, r0c2], [_, mid, _]] = grid;
    println!("{} {} {}", r0c0, r0c2, mid);

    println!("{} {} {}", ends(&[]), ends(&[9]), ends(&data));

    let pairs = [(1, 'a'), (2, 'b'), (3, 'c')];
    let mut weighted = 0;
    for (n, c) in pairs {
        weighted += n * (c as u32 - 'a' as u32 + 1);
    }
    println!("{}", weighted);
    for (i, &(n, c)) in pairs.iter().enumerate() {
        println!("{} {} {}", i, n, c);
    }

    let (mut count, mut total) = (0, 0);
    for v in data {
        if v > 0 {
            count += 1;
            total += v;
        }
    }
    println!("{} {}", count, total);
}
