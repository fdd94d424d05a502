// Lifetimes and labels with unusual names, including raw lifetimes 'r#kw (stable since 1.83) and '_.
struct Holder<'r#fn, 'static_like> {
    first: &'r#fn str,
    second: &'static_like str,
}

impl<'r#fn, 'static_like> Holder<'r#fn, 'static_like> {
    fn first(&self) -> &'r#fn str {
        self.first
    }
}

fn pick<'a, 'b: 'a, 'long_lifetime_name: 'b>(x: &'a str, y: &'long_lifetime_name str) -> &'a str {
    if x.len() > y.len() { x } else { y }
}

fn search(grid: &[[u8; 3]]) -> Option<(usize, usize)> {
    let mut found = None;
    'r#loop: for (i, row) in grid.iter().enumerate() {
        'inner_label_2: for (j, &v) in row.iter().enumerate() {
            if v == 0 {
                continue 'inner_label_2;
            }
            if v == 9 {
                found = Some((i, j));
                break 'r#loop;
            }
        }
    }
    found
}

fn main() {
    let h = Holder { first: "a", second: "bb" };
    println!("{} {} {}", h.first(), h.second, pick("xyz", "pq"));
    println!("{:?}", search(&[[0, 1, 2], [3, 9, 0]]));
    let v = '_block: {
        if h.second.len() > 1 {
            break '_block 1;
        }
        0
    };
    println!("{v}");
}
