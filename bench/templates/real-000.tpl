gipa-template 1
source examples/reports/000_3bc1756062b49192.txt
form 2021
encoding utf-8
ext txt
agency 攀枝花市西区卫生健康局
year 2024
meta meta.form	2021
meta meta.sha256	@{H}
meta meta.date	@{Z}-01-10
meta meta.active_items	128
meta meta.fee_yuan	0
text
 @{A}

@{Y}年政府信息公开工作年度报告

一、总体情况

@{Y} 年，@{A}坚持以人民为中心，结

合我局职责及公众期盼，切实强化业务培训，不断规范和深化政

务公开。现将区卫生健康局 @{Y}年政府信息公开工作年度报告

如下。

（一）主动公开方面。

@{Y} 年在攀枝花市西区政府官方网站主动公开政府信息

128条（其中工作情况 50条，部门公示公告 22条，部门预算决

算 18条，重点信息 36条，行政许可 2条）。

（二）依申请公开方面。

@{Y}年，区卫生健康局未收到请求依申请公开办理事项。

（三）政府信息管理方面。

健全和完善信息发布审核机制，明确信息审核的责任主体和

流程，确保发布的信息内容准确、格式规范、来源可靠。对各类

信息进行分类管理，定期更新和清理，保证信息的时效性和可用性。

（四）政府信息公开平台建设方面。

优化西区卫生健康局在西区政府网站专栏设置，方便公众查
 询所需信息。加强政府新媒体平台建设，定期更新和发布卫生健

康动态、健康科普知识等内容。

（五）监督保障方面。

为加强政府信息公开工作的监督保障，我局建立了信息公开

工作考核、监督检查等相关制度。同时，将政府信息公开工作纳

入本系统年度绩效考核体系，确保信息公开工作落实到位。定期

对信息公开工作进行自查评估，对于发现的问题和不足，及时采

取相应措施进行整改和完善。

二、主动公开政府信息情况

第二十条 第（一）项

信息内容 本年制发件数 本年废止件数 现行有效件数

规章 @{active.rules.issued:1} @{active.rules.repealed:1} @{active.rules.valid:1}

行政规范性文件 @{active.normative.issued:1} @{active.normative.repealed:1} @{active.normative.valid:1}

第二十条 第（五）项

信息内容 本年处理决定数量

行政许可 @{active.license.decisions:1}

第二十条 第（六）项

信息内容 本年处理决定数量

行政处罚 @{active.penalty.decisions:1}

行政强制 @{active.coercion.decisions:1}

第二十条 第（八）项

信息内容 本年收费金额（单位：万元）

行政事业性收费 @{active.fees.amount:1}
 三、收到和处理政府信息公开申请情况

（本列数据的勾稽关系为：第一项加第二

项之和，等于第三项加第四项之和）

申请人情况

自然

人

法人或其他组织

总

计
商业

企业

科

研

机

构

社会

公益

组织

法

律

服

务

机

构

其

他

一、本年新收政府信息公开申请数量 @{apply.new.natural:1} @{apply.new.commercial:1} @{apply.new.research:1} @{apply.new.nonprofit:1} @{apply.new.legal:1} @{apply.new.other_org:1} @{apply.new.total:1}
二、上年结转政府信息公开申请数量 @{apply.carried.natural:1} @{apply.carried.commercial:1} @{apply.carried.research:1} @{apply.carried.nonprofit:1} @{apply.carried.legal:1} @{apply.carried.other_org:1} @{apply.carried.total:1}

三、

本年

度办

理结

果

（一）予以公开 @{apply.granted.natural:1} @{apply.granted.commercial:1} @{apply.granted.research:1} @{apply.granted.nonprofit:1} @{apply.granted.legal:1} @{apply.granted.other_org:1} @{apply.granted.total:1}
（二）部分公开（区分处理的，只计

这一情形，不计其他情形）
@{apply.partial.natural:1} @{apply.partial.commercial:1} @{apply.partial.research:1} @{apply.partial.nonprofit:1} @{apply.partial.legal:1} @{apply.partial.other_org:1} @{apply.partial.total:1}

（三）

不 予

公开

1.属于国家秘密 @{apply.deny_secret.natural:1} @{apply.deny_secret.commercial:1} @{apply.deny_secret.research:1} @{apply.deny_secret.nonprofit:1} @{apply.deny_secret.legal:1} @{apply.deny_secret.other_org:1} @{apply.deny_secret.total:1}
2.其他法律行政法规禁止公开 @{apply.deny_lawban.natural:1} @{apply.deny_lawban.commercial:1} @{apply.deny_lawban.research:1} @{apply.deny_lawban.nonprofit:1} @{apply.deny_lawban.legal:1} @{apply.deny_lawban.other_org:1} @{apply.deny_lawban.total:1}
3.危及“三安全一稳定” @{apply.deny_safety.natural:1} @{apply.deny_safety.commercial:1} @{apply.deny_safety.research:1} @{apply.deny_safety.nonprofit:1} @{apply.deny_safety.legal:1} @{apply.deny_safety.other_org:1} @{apply.deny_safety.total:1}
4.保护第三方合法权益 @{apply.deny_third.natural:1} @{apply.deny_third.commercial:1} @{apply.deny_third.research:1} @{apply.deny_third.nonprofit:1} @{apply.deny_third.legal:1} @{apply.deny_third.other_org:1} @{apply.deny_third.total:1}
5.属于三类内部事务信息 @{apply.deny_internal.natural:1} @{apply.deny_internal.commercial:1} @{apply.deny_internal.research:1} @{apply.deny_internal.nonprofit:1} @{apply.deny_internal.legal:1} @{apply.deny_internal.other_org:1} @{apply.deny_internal.total:1}
6.属于四类过程性信息 @{apply.deny_process.natural:1} @{apply.deny_process.commercial:1} @{apply.deny_process.research:1} @{apply.deny_process.nonprofit:1} @{apply.deny_process.legal:1} @{apply.deny_process.other_org:1} @{apply.deny_process.total:1}
7.属于行政执法案卷 @{apply.deny_enforce.natural:1} @{apply.deny_enforce.commercial:1} @{apply.deny_enforce.research:1} @{apply.deny_enforce.nonprofit:1} @{apply.deny_enforce.legal:1} @{apply.deny_enforce.other_org:1} @{apply.deny_enforce.total:1}
8.属于行政查询事项 @{apply.deny_query.natural:1} @{apply.deny_query.commercial:1} @{apply.deny_query.research:1} @{apply.deny_query.nonprofit:1} @{apply.deny_query.legal:1} @{apply.deny_query.other_org:1} @{apply.deny_query.total:1}

（四）

无 法

提供

1.本机关不掌握相关政府信息 @{apply.unable_nohold.natural:1} @{apply.unable_nohold.commercial:1} @{apply.unable_nohold.research:1} @{apply.unable_nohold.nonprofit:1} @{apply.unable_nohold.legal:1} @{apply.unable_nohold.other_org:1} @{apply.unable_nohold.total:1}
2.没有现成信息需要另行制作 @{apply.unable_create.natural:1} @{apply.unable_create.commercial:1} @{apply.unable_create.research:1} @{apply.unable_create.nonprofit:1} @{apply.unable_create.legal:1} @{apply.unable_create.other_org:1} @{apply.unable_create.total:1}
3.补正后申请内容仍不明确 @{apply.unable_unclear.natural:1} @{apply.unable_unclear.commercial:1} @{apply.unable_unclear.research:1} @{apply.unable_unclear.nonprofit:1} @{apply.unable_unclear.legal:1} @{apply.unable_unclear.other_org:1} @{apply.unable_unclear.total:1}

（五）

不 予

处理

1.信访举报投诉类申请 @{apply.noproc_petition.natural:1} @{apply.noproc_petition.commercial:1} @{apply.noproc_petition.research:1} @{apply.noproc_petition.nonprofit:1} @{apply.noproc_petition.legal:1} @{apply.noproc_petition.other_org:1} @{apply.noproc_petition.total:1}
2.重复申请 @{apply.noproc_repeat.natural:1} @{apply.noproc_repeat.commercial:1} @{apply.noproc_repeat.research:1} @{apply.noproc_repeat.nonprofit:1} @{apply.noproc_repeat.legal:1} @{apply.noproc_repeat.other_org:1} @{apply.noproc_repeat.total:1}
3.要求提供公开出版物 @{apply.noproc_publication.natural:1} @{apply.noproc_publication.commercial:1} @{apply.noproc_publication.research:1} @{apply.noproc_publication.nonprofit:1} @{apply.noproc_publication.legal:1} @{apply.noproc_publication.other_org:1} @{apply.noproc_publication.total:1}
4.无正当理由大量反复申请 @{apply.noproc_massive.natural:1} @{apply.noproc_massive.commercial:1} @{apply.noproc_massive.research:1} @{apply.noproc_massive.nonprofit:1} @{apply.noproc_massive.legal:1} @{apply.noproc_massive.other_org:1} @{apply.noproc_massive.total:1}
5.要求行政机关确认或重新出具

已获取信息
@{apply.noproc_confirm.natural:1} @{apply.noproc_confirm.commercial:1} @{apply.noproc_confirm.research:1} @{apply.noproc_confirm.nonprofit:1} @{apply.noproc_confirm.legal:1} @{apply.noproc_confirm.other_org:1} @{apply.noproc_confirm.total:1}

（六）

其 他

处理

1.申请人无正当理由逾期不补

正、行政机关不再处理其政府信

息公开申请
@{apply.other_nocorrect.natural:1} @{apply.other_nocorrect.commercial:1} @{apply.other_nocorrect.research:1} @{apply.other_nocorrect.nonprofit:1} @{apply.other_nocorrect.legal:1} @{apply.other_nocorrect.other_org:1} @{apply.other_nocorrect.total:1}

2.申请人逾期未按收费通知要求

缴纳费用、行政机关不再处理其

政府信息公开申请
@{apply.other_nofee.natural:1} @{apply.other_nofee.commercial:1} @{apply.other_nofee.research:1} @{apply.other_nofee.nonprofit:1} @{apply.other_nofee.legal:1} @{apply.other_nofee.other_org:1} @{apply.other_nofee.total:1}

3.其他 @{apply.other_misc.natural:1} @{apply.other_misc.commercial:1} @{apply.other_misc.research:1} @{apply.other_misc.nonprofit:1} @{apply.other_misc.legal:1} @{apply.other_misc.other_org:1} @{apply.other_misc.total:1}
 （七）总计 @{apply.total.natural:1} @{apply.total.commercial:1} @{apply.total.research:1} @{apply.total.nonprofit:1} @{apply.total.legal:1} @{apply.total.other_org:1} @{apply.total.total:1}
四、结转下年度继续办理 @{apply.carry_next.natural:1} @{apply.carry_next.commercial:1} @{apply.carry_next.research:1} @{apply.carry_next.nonprofit:1} @{apply.carry_next.legal:1} @{apply.carry_next.other_org:1} @{apply.carry_next.total:1}

四、政府信息公开行政复议、行政诉讼情况

行政复议 行政诉讼

结果

维持

结果

纠正

其他

结果

尚未

审结

总

计

未经复议直接起诉 复议后起诉

结果

维持

结果

纠正

其他

结果

尚未

审结

总

计

结果

维持

结果

纠正

其他

结果

尚未

审结

总

计

@{review.review.upheld:1} @{review.review.corrected:1} @{review.review.other:1} @{review.review.pending:1} @{review.review.total:1} @{review.suit_direct.upheld:1} @{review.suit_direct.corrected:1} @{review.suit_direct.other:1} @{review.suit_direct.pending:1} @{review.suit_direct.total:1} @{review.suit_after.upheld:1} @{review.suit_after.corrected:1} @{review.suit_after.other:1} @{review.suit_after.pending:1} @{review.suit_after.total:1}

五、存在的主要问题及改进情况

存在的问题：一是区卫生健康局 @{Y}年信息公开的深度和

广度有待进一步拓展。二是部分信息公开还不够细致。三是信息

公开队伍的业务能力还需加强，对新政策、新要求的理解和把握

不够精准。

改进措施：一是加大对重点领域信息的梳理和公开力度，制

定详细的公开目录和标准，确保信息应公开尽公开。二是加强政

务服务管理，组织开展业务培训，提高运营人员的专业素养，丰

富信息发布的形式和内容，增强信息的吸引力和传播力。三是加

强信息公开队伍建设，定期组织培训学习活动，提高工作人员对

政府信息公开工作的认识和业务水平。



- 6 -

六、其他需要报告的事项

本年度未收取信息处理费，无其他需要报告的事项。

@{A}

@{Z}年 1月 10日


