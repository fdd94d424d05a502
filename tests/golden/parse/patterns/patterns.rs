fn patterns(v: &[i32], p: Point, o: Option<(i32, i32)>) {
    match v {
        [] => {}
        [x] => {}
        [first, .., last] => {}
        [first, rest @ ..] => {}
    }
    match p {
        Point { x: 0, y } => {}
        Point { x, .. } => {}
    }
    match o {
        Some((a, b)) if a > b => {}
        Some((ref a, ref mut b)) => {}
        Some((1..=5, -3..=-1)) | None => {}
        Some((0..10, _)) => {}
        Some((n @ 100.., _)) => {}
        _ => {}
    }
    let &x = &1;
    let &mut y = &mut 2;
    let (a, mut b, _) = (1, 2, 3);
    let Wrapper(inner) = w;
    let (E::A | E::B) = e;
    let (_, ..) = t;
    if let 'a' | 'b' = c {}
    match s { "x" => {}, b'\n' => {}, crate::CONST => {}, <T as Trait>::C => {}, _ => {} }
}
