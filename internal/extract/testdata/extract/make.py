#!/usr/bin/env python3
"""Generates Loupe's extraction evaluation set: one HTML page per article of
articles.py, in one of six layouts, with boilerplate (menus, cookie banners,
comments, related links, newsletter boxes, share buttons, author boxes,
footers), and beside it NAME.json with the snippets the extracted text must
contain ("with") and must not contain ("without"), as in trafilatura's
benchmark. Run: python3 make.py (from this folder)."""
import html, json
from articles import ARTICLES

B = {
 "fr": dict(nav=["Accueil", "Politique", "Économie", "Sports", "Culture", "Météo"], cookie="Nous utilisons des cookies pour mesurer l'audience et personnaliser les publicités. En poursuivant votre navigation, vous acceptez leur utilisation.", accept="Tout accepter",
   comments=["Encore un projet annoncé en grande pompe qui finira aux oubliettes, comme d'habitude dans cette ville.", "Merci pour cet article très complet, cela change des dépêches recopiées mot pour mot.", "Quelqu'un sait-il si la réunion publique sera retransmise en ligne pour ceux qui travaillent le soir ?"],
   comtitle="Commentaires", related="À lire aussi", rel=["Les prix de l'immobilier reculent pour la première fois depuis dix ans", "Le festival de jazz dévoile sa programmation estivale", "Grève des contrôleurs aériens : les vols annulés jeudi"],
   relex="Découvrez notre analyse complète et les réactions des principaux acteurs concernés par cette décision.",
   footer="© 2024 Le Quotidien du Sud — Tous droits réservés — Mentions légales — Politique de confidentialité", news="Recevez chaque matin l'essentiel de l'actualité régionale dans votre boîte mail.", newsbtn="Je m'inscris",
   share="Partager sur Facebook", bio="est journaliste au service Société depuis 2015. Elle couvre l'éducation et la santé.", most="Les plus lus", ad="Publicité", readalso="Lire aussi : Le conseil départemental vote son budget", tags="Mots-clés", by="Par", cap="Photo d'illustration prise la semaine dernière par notre photographe."),
 "en": dict(nav=["Home", "Politics", "Business", "Sport", "Culture", "Weather"], cookie="We use cookies to measure our audience and to personalise advertising. By continuing to browse, you agree to their use.", accept="Accept all",
   comments=["Another grand announcement that will be quietly forgotten, just like the last three.", "Thanks for a thorough article, it makes a change from the usual press release copied word for word.", "Does anyone know whether the public meeting will be streamed for those of us who work evenings?"],
   comtitle="Comments", related="Related stories", rel=["House prices fall for the first time in a decade", "Jazz festival unveils its summer line-up", "Air traffic controllers' strike: flights cancelled on Thursday"],
   relex="Read our full analysis and the reactions of everyone affected by the decision.",
   footer="© 2024 The Daily Courier. All rights reserved. Terms of use. Privacy policy.", news="Get the day's essential local news in your inbox every morning.", newsbtn="Sign up",
   share="Share on Facebook", bio="has covered local government for the paper since 2015. She previously worked in radio.", most="Most read", ad="Advertisement", readalso="Read more: County approves its annual budget", tags="Topics", by="By", cap="A file photo taken last week by our photographer."),
 "de": dict(nav=["Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wetter"], cookie="Wir verwenden Cookies, um die Nutzung unserer Website zu analysieren und Werbung zu personalisieren. Mit der weiteren Nutzung stimmen Sie dem zu.", accept="Alle akzeptieren",
   comments=["Wieder so eine Ankündigung, von der man in einem Jahr nichts mehr hören wird.", "Danke für den ausführlichen Bericht, endlich mal mehr als eine abgeschriebene Pressemitteilung.", "Weiß jemand, ob die Bürgerversammlung auch im Internet übertragen wird?"],
   comtitle="Kommentare", related="Das könnte Sie auch interessieren", rel=["Immobilienpreise sinken erstmals seit zehn Jahren", "Jazzfestival stellt sein Sommerprogramm vor", "Fluglotsenstreik: Zahlreiche Flüge am Donnerstag gestrichen"],
   relex="Lesen Sie unsere ausführliche Analyse und die Reaktionen der Beteiligten.",
   footer="© 2024 Neue Zeitung Verlag GmbH – Alle Rechte vorbehalten – Impressum – Datenschutz", news="Erhalten Sie jeden Morgen die wichtigsten Nachrichten aus der Region per E-Mail.", newsbtn="Jetzt anmelden",
   share="Auf Facebook teilen", bio="ist seit 2015 Redakteurin im Ressort Gesellschaft und schreibt über Bildung und Gesundheit.", most="Meistgelesen", ad="Anzeige", readalso="Lesen Sie auch: Kreistag beschließt den Haushalt", tags="Schlagworte", by="Von", cap="Archivfoto, aufgenommen in der vergangenen Woche."),
 "es": dict(nav=["Portada", "Política", "Economía", "Deportes", "Cultura", "El tiempo"], cookie="Utilizamos cookies para medir la audiencia y personalizar la publicidad. Si continúa navegando, acepta su uso.", accept="Aceptar todo",
   comments=["Otro anuncio a bombo y platillo que acabará en el olvido, como siempre en esta ciudad.", "Gracias por un artículo tan completo, se agradece frente a las notas de prensa copiadas.", "¿Alguien sabe si la reunión vecinal se retransmitirá por internet?"],
   comtitle="Comentarios", related="Te puede interesar", rel=["El precio de la vivienda baja por primera vez en una década", "El festival de jazz presenta su cartel de verano", "Huelga de controladores: vuelos cancelados el jueves"],
   relex="Lee nuestro análisis completo y las reacciones de los principales afectados por la decisión.",
   footer="© 2024 Diario del Sur. Todos los derechos reservados. Aviso legal. Política de privacidad.", news="Recibe cada mañana lo esencial de la actualidad en tu correo.", newsbtn="Suscribirme",
   share="Compartir en Facebook", bio="es redactora de la sección de Sociedad desde 2015 y escribe sobre educación y sanidad.", most="Lo más leído", ad="Publicidad", readalso="Lee también: La diputación aprueba sus presupuestos", tags="Temas", by="Por", cap="Foto de archivo tomada la semana pasada."),
 "it": dict(nav=["Home", "Politica", "Economia", "Sport", "Cultura", "Meteo"], cookie="Utilizziamo i cookie per misurare il pubblico e personalizzare la pubblicità. Continuando la navigazione ne accetti l'uso.", accept="Accetta tutto",
   comments=["Ennesimo annuncio in pompa magna che finirà nel dimenticatoio, come sempre.", "Grazie per l'articolo completo, finalmente qualcosa di più di un comunicato stampa.", "Qualcuno sa se l'incontro pubblico sarà trasmesso in streaming?"],
   comtitle="Commenti", related="Potrebbe interessarti", rel=["I prezzi delle case calano per la prima volta in dieci anni", "Il festival jazz presenta il programma estivo", "Sciopero dei controllori di volo: voli cancellati giovedì"],
   relex="Leggi la nostra analisi completa e le reazioni dei protagonisti.",
   footer="© 2024 Gazzetta del Nord. Tutti i diritti riservati. Note legali. Privacy.", news="Ricevi ogni mattina le notizie essenziali nella tua casella di posta.", newsbtn="Iscriviti",
   share="Condividi su Facebook", bio="scrive di cultura e territorio per il giornale dal 2015.", most="I più letti", ad="Pubblicità", readalso="Leggi anche: Il consiglio regionale approva il bilancio", tags="Argomenti", by="Di", cap="Foto d'archivio scattata la settimana scorsa."),
}

e = html.escape

def nav(b):
    return "<ul class=\"menu\">" + "".join(f"<li><a href=\"/{i}\">{e(x)}</a></li>" for i, x in enumerate(b["nav"])) + "</ul>"

def cookie(b):
    return f"<div id=\"cookie-banner\" class=\"cookie-consent\"><p>{e(b['cookie'])}</p><button>{e(b['accept'])}</button></div>"

def comments(b):
    return (f"<section id=\"comments\" class=\"comments\"><h3>{e(b['comtitle'])} (3)</h3><ol class=\"commentlist\">" +
            "".join(f"<li class=\"comment\"><div class=\"comment-author\">user{i}</div><div class=\"comment-body\"><p>{e(c)}</p></div></li>" for i, c in enumerate(b["comments"])) + "</ol></section>")

def related(b, excerpts=False):
    items = "".join(f"<li><a href=\"/r{i}\">{e(x)}</a>" + (f"<p>{e(b['relex'])}</p>" if excerpts else "") + "</li>" for i, x in enumerate(b["rel"]))
    return f"<aside class=\"related\"><h3>{e(b['related'])}</h3><ul>{items}</ul></aside>"

def footer(b):
    return f"<footer class=\"site-footer\"><p>{e(b['footer'])}</p></footer>"

def newsletter(b):
    return f"<div class=\"newsletter-box\"><p>{e(b['news'])}</p><form><input type=email><button>{e(b['newsbtn'])}</button></form></div>"

def head(a, b, extra=""):
    slug, lang, title, author, date, paras = a
    return (f"<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\"><title>{e(title)} | Site</title>"
            f"<meta name=\"author\" content=\"{e(author)}\"><meta property=\"article:published_time\" content=\"{date}T08:00:00+01:00\">{extra}</head>\n")

def ps(paras, cls=""):
    return "\n".join(f"<p{cls}>{e(p)}</p>" for p in paras)

def layout0(a, b):  # semantic HTML5
    slug, lang, title, author, date, paras = a
    return head(a, b) + f"""<body><header><div class="logo">Site</div><nav>{nav(b)}</nav></header>
<main><article><h1>{e(title)}</h1><p class="byline">{b['by']} {e(author)}, <time datetime="{date}">{date}</time></p>
{ps(paras)}
</article>
{related(b)}
{comments(b)}
</main>{footer(b)}{cookie(b)}</body></html>"""

def layout1(a, b):  # div soup, sidebar with most read
    slug, lang, title, author, date, paras = a
    most = "".join(f"<li><a href=\"/m{i}\">{e(x)}</a></li>" for i, x in enumerate(reversed(b["rel"])))
    return head(a, b) + f"""<body>{cookie(b)}<div id="wrapper"><div id="header"><div class="top-links">{nav(b)}</div></div>
<div id="content"><div class="post"><div class="post-title"><h2>{e(title)}</h2></div><div class="post-meta">{e(author)} · {date}</div>
<div class="entry-content">{ps(paras)}</div>
<div class="share-buttons"><a href="#">{e(b['share'])}</a> <a href="#">Twitter</a></div></div>
<div id="respond">{comments(b)}</div></div>
<div id="sidebar"><div class="widget"><h4>{e(b['most'])}</h4><ol>{most}</ol></div><div class="widget ad">{e(b['ad'])}</div></div>
<div id="footer">{footer(b)}</div></div></body></html>"""

def layout2(a, b):  # legacy tables and <br> paragraphs
    slug, lang, title, author, date, paras = a
    body = "<br><br>\n".join(e(p) for p in paras)
    menu = "<br>".join(f"<a href=\"/{i}\">{e(x)}</a>" for i, x in enumerate(b["nav"]))
    return head(a, b) + f"""<body><table width="100%"><tr><td width="150" class="menu">{menu}</td>
<td class="main"><font size="4"><b>{e(title)}</b></font><br><font size="2">{e(author)} - {date}</font><br><br>
<div class="text">{body}</div></td>
<td width="200" class="right">{related(b)}</td></tr>
<tr><td colspan="3">{footer(b)}</td></tr></table></body></html>"""

def layout3(a, b):  # blog with author box, tags, related posts with excerpts, long comments
    slug, lang, title, author, date, paras = a
    return head(a, b) + f"""<body class="single-post"><div class="site"><header class="site-header"><nav class="main-navigation">{nav(b)}</nav></header>
<div class="site-content"><article class="post hentry"><header class="entry-header"><h1 class="entry-title">{e(title)}</h1><span class="posted-on">{date}</span></header>
<div class="entry-content">{ps(paras)}</div>
<footer class="entry-footer"><span class="tags-links">{e(b['tags'])}: <a href="/t1">actualité</a>, <a href="/t2">région</a></span></footer>
<div class="author-box"><h4>{e(author)}</h4><p>{e(author)} {e(b['bio'])}</p></div></article>
<div class="related-posts">{related(b, excerpts=True)}</div>{comments(b)}</div>
{footer(b)}</div>{cookie(b)}</body></html>"""

def layout4(a, b):  # news with inline read-also box, figure, newsletter in the middle
    slug, lang, title, author, date, paras = a
    mid = len(paras) // 2
    return head(a, b) + f"""<body><div class="page"><div class="masthead"><nav class="nav">{nav(b)}</nav><div class="breadcrumb"><a href="/">{e(b['nav'][0])}</a> › <a href="/x">{e(b['nav'][1])}</a></div></div>
<div class="article-container"><h1 class="headline">{e(title)}</h1><div class="author">{b['by']} <a href="/a">{e(author)}</a></div>
<figure><img src="/img.jpg" alt=""><figcaption>{e(b['cap'])}</figcaption></figure>
<div class="article-body">{ps(paras[:mid])}
<div class="read-also inline-related"><a href="/ra">{e(b['readalso'])}</a></div>
{newsletter(b)}
{ps(paras[mid:])}</div>
<div class="ad-slot">{e(b['ad'])}</div></div>
{related(b)}{footer(b)}</div>{cookie(b)}</body></html>"""

def layout5(a, b):  # JSON-LD, subheadings and a list inside the article, consent modal
    slug, lang, title, author, date, paras = a
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title, "datePublished": date, "author": {"@type": "Person", "name": author}}, ensure_ascii=False)
    lst = "<ul>" + "".join(f"<li>{e(p)}</li>" for p in paras[2:4]) + "</ul>"
    return head(a, b, f"<script type=\"application/ld+json\">{ld}</script>") + f"""<body><div id="app"><div class="topbar">{nav(b)}</div>
<div class="layout"><div class="col-main"><div class="story"><h1>{e(title)}</h1>
<div class="story-body">{ps(paras[:2])}
<h2>{e(title.split(':')[-1][:40])}</h2>
{lst}
{ps(paras[4:])}</div>
<div class="share-buttons"><a href="#">{e(b['share'])}</a></div></div>
{comments(b)}</div>
<div class="col-side">{related(b, excerpts=True)}<div class="box">{newsletter(b)}</div></div></div>
{footer(b)}</div><div class="modal consent-modal" role="dialog"><p>{e(b['cookie'])}</p><button>{e(b['accept'])}</button></div></body></html>"""

def layout6(a, b):  # hard: generated class names, no hints in the markup
    slug, lang, title, author, date, paras = a
    coms = "".join(f"<div class=\"css-9q2x\"><span class=\"css-u1\">user{i}</span><p class=\"css-t7\">{e(c)}</p></div>" for i, c in enumerate(b["comments"]))
    rel = "".join(f"<div class=\"css-r4\"><a href=\"/r{i}\"><h3 class=\"css-h\">{e(x)}</h3></a><p class=\"css-t7\">{e(b['relex'])}</p></div>" for i, x in enumerate(b["rel"]))
    return head(a, b) + f"""<body><div class="css-1a2b"><div class="css-k3"><p class="css-t7">{e(b['cookie'])}</p><span class="css-btn">{e(b['accept'])}</span></div>
<div class="css-n8">{"".join(f'<a class="css-l" href="/{i}">{e(x)}</a>' for i, x in enumerate(b["nav"]))}</div>
<div class="css-m1"><h1 class="css-h">{e(title)}</h1><div class="css-by">{e(author)}</div>
<div class="css-b9">{ps(paras, ' class="css-t7"')}</div>
<div class="css-s2"><h2 class="css-h">{e(b['related'])}</h2>{rel}</div>
<div class="css-c5"><h2 class="css-h">{e(b['comtitle'])}</h2>{coms}</div></div>
<div class="css-f0"><p class="css-t7">{e(b['footer'])}</p></div></div></body></html>"""

def layout7(a, b):  # hard: boilerplate paragraphs inside the article body
    slug, lang, title, author, date, paras = a
    mid = len(paras) // 2
    return head(a, b) + f"""<body><header><nav>{nav(b)}</nav></header><main><article><h1>{e(title)}</h1>
{ps(paras[:mid])}
<p><strong><a href="/ra">{e(b['readalso'])}</a></strong></p>
{ps(paras[mid:])}
<p><em>{e(author)} {e(b['bio'])}</em></p>
<p>{e(b['news'])} <a href="/nl">{e(b['newsbtn'])}</a></p>
</article>
<div class="discussion">{"".join(f'<div><b>user{i}</b><p>{e(c)}</p></div>' for i, c in enumerate(b["comments"]))}</div>
</main>{footer(b)}{cookie(b)}</body></html>"""

LAYOUTS = [layout0, layout1, layout2, layout3, layout4, layout5]
HARD = [layout6, layout7]

def snippet(p):
    """A stretch of about eight words from the middle of a paragraph."""
    w = p.split()
    if len(w) <= 10:
        return p
    start = max(0, len(w) // 2 - 4)
    return " ".join(w[start:start + 8])

# Each article once in an easy layout; then eight again in a hard one.
jobs = [(i, a, LAYOUTS[i % len(LAYOUTS)]) for i, a in enumerate(ARTICLES)]
for k, j in enumerate([0, 6, 12, 18, 1, 7, 13, 19]):
    jobs.append((len(ARTICLES) + k, ARTICLES[j], HARD[k % 2]))
for i, a, lay in jobs:
    slug, lang, title, author, date, paras = a
    b = B[lang]
    page = lay(a, b)
    name = f"{i+1:02d}-{lang}-{slug}"
    with open(name + ".html", "w", encoding="utf-8") as f:
        f.write(page + "\n")
    with_ = [snippet(p) for p in paras]
    without = [b["cookie"][:60], b["comments"][0][:50], b["comments"][1][:50], b["rel"][0], b["footer"][:40], b["nav"][1] + " " if False else b["rel"][2]]
    layout = (LAYOUTS + HARD).index(lay)
    if layout in (3, 5, 6):
        without.append(b["relex"][:50])
    if layout in (3, 7):
        without.append(b["bio"][:50])
    if layout in (4, 5, 7):
        without.append(b["news"][:50])
    if layout in (4, 7):
        without.append(b["readalso"])
    if layout == 4:
        without.append(b["cap"][:40])
    if layout in (1, 5):
        without.append(b["share"])
    with open(name + ".json", "w", encoding="utf-8") as f:
        json.dump({"file": name + ".html", "lang": lang, "layout": lay.__name__, "with": with_, "without": without}, f, ensure_ascii=False, indent=1)
        f.write("\n")
print(len(jobs), "pages")
