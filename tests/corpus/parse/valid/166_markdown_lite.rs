// A tiny markdown-to-HTML converter: headings, emphasis, code spans, lists and paragraphs.
fn inline(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars().peekable();
    let (mut em, mut strong, mut code) = (false, false, false);
    while let Some(c) = chars.next() {
        match c {
            '`' => {
                out.push_str(if code { "</code>" } else { "<code>" });
                code = !code;
            }
            '*' if !code && chars.peek() == Some(&'*') => {
                chars.next();
                out.push_str(if strong { "</strong>" } else { "<strong>" });
                strong = !strong;
            }
            '*' if !code => {
                out.push_str(if em { "</em>" } else { "<em>" });
                em = !em;
            }
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            _ => out.push(c),
        }
    }
    out
}

pub fn render(md: &str) -> String {
    let mut html = Vec::new();
    let mut in_list = false;
    let mut para: Vec<&str> = Vec::new();
    let flush = |para: &mut Vec<&str>, html: &mut Vec<String>| {
        if !para.is_empty() {
            html.push(format!("<p>{}</p>", inline(&para.join(" "))));
            para.clear();
        }
    };
    for line in md.lines().map(str::trim_end) {
        let level = line.chars().take_while(|&c| c == '#').count();
        if let Some(item) = line.strip_prefix("- ") {
            flush(&mut para, &mut html);
            if !in_list {
                html.push("<ul>".into());
                in_list = true;
            }
            html.push(format!("  <li>{}</li>", inline(item)));
            continue;
        }
        if in_list {
            html.push("</ul>".into());
            in_list = false;
        }
        if (1..=6).contains(&level) && line[level..].starts_with(' ') {
            flush(&mut para, &mut html);
            html.push(format!("<h{level}>{}</h{level}>", inline(line[level..].trim())));
        } else if line.is_empty() {
            flush(&mut para, &mut html);
        } else {
            para.push(line);
        }
    }
    flush(&mut para, &mut html);
    if in_list {
        html.push("</ul>".into());
    }
    html.join("\n")
}

fn main() {
    let doc = "# Title\n\nSome *emphasis* and **strong** text\nwith `code <here>`.\n\n- one\n- two & three\n\n## End";
    println!("{}", render(doc));
}
